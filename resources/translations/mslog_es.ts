<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>AppointmentOperations</name>
    <message>
        <source>Added the appointment on {day}.</source>
        <translation>Se añadió la cita del {day}.</translation>
    </message>
    <message>
        <source>Removed the appointment on {day}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se quitó la cita del {day}. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>add appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>añadir la cita</translation>
    </message>
    <message>
        <source>remove appointment</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>quitar la cita</translation>
    </message>
</context>
<context>
    <name>AppointmentProblems</name>
    <message>
        <source>No appointment with id {uuid}</source>
        <translation>No hay ninguna cita con el identificador {uuid}</translation>
    </message>
    <message>
        <source>is not a field of an appointment</source>
        <translation>no es un campo de una cita</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>tiene {length} caracteres; caben como máximo {limit}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>debe ser una fecha, no {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>{day} is more than two years ahead</source>
        <translation>{day} está a más de dos años vista</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} queda demasiado lejos</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Add appointment</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Nota de la cita</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Appointments (shown as dashed lines on the charts)</source>
        <translation>Citas (líneas discontinuas en los gráficos)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional sanitario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kept here and printed at the top of the report. Saved as you type.</source>
        <translation>Se guardan aquí y se imprimen al principio del informe. Se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Questions for my next appointment</source>
        <translation>Preguntas para mi próxima cita</translation>
    </message>
    <message>
        <source>Record an appointment</source>
        <translation>Anotar una cita</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar la seleccionada</translation>
    </message>
    <message>
        <source>What was decided (optional)</source>
        <translation>Qué se decidió (opcional)</translation>
    </message>
    <message>
        <source>With</source>
        <comment>who the appointment was with</comment>
        <translation>Con</translation>
    </message>
    <message>
        <source>e.g. Dr Okafor, neurologist</source>
        <translation>p. ej., Dra. Okafor, neuróloga</translation>
    </message>
</context>
<context>
    <name>AsNeededDialog</name>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Took an as-needed dose</source>
        <translation>Toma a demanda</translation>
    </message>
    <message>
        <source>Which medication did you take, and when?</source>
        <translation>¿Qué medicamento tomó y cuándo?</translation>
    </message>
    <message>
        <source>optional, as prescribed</source>
        <translation>opcional, según la receta</translation>
    </message>
</context>
<context>
    <name>AsNeededRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the {medication} dose at {time}</source>
        <translation>Quitar la toma de {medication} de las {time}</translation>
    </message>
    <message>
        <source>{dose} · as needed</source>
        <translation>{dose} · a demanda</translation>
    </message>
    <message>
        <source>{dose} · as needed · entered later</source>
        <translation>{dose} · a demanda · anotada más tarde</translation>
    </message>
</context>
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
    <name>BarsChart</name>
    <message>
        <source>None recorded in this range</source>
        <translation>Nada anotado en este periodo</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n spasms</source>
        <translation>
            <numerusform>{label}: %n espasmo</numerusform>
            <numerusform>{label}: %n espasmos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>Body locations</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source>Days with and without each factor</source>
        <translation>Días con y sin cada factor</translation>
    </message>
    <message>
        <source>Triggers marked</source>
        <translation>Desencadenantes marcados</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
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
        <translation>antes: {figure}</translation>
    </message>
    <message>
        <source>severity {score}</source>
        <comment>Penn severity</comment>
        <translation>intensidad {score}</translation>
    </message>
    <message>
        <source>{now}; before: {figure}</source>
        <comment>a card&apos;s basis, then the days before&apos;s figure</comment>
        <translation>{now}; antes: {figure}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share in per cent, no decimals</comment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{taken} of {due}; {skipped} skipped, {not_recorded} not recorded</source>
        <translation>{taken} de {due}; {skipped} omitidas, {not_recorded} sin anotar</translation>
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
        <translation>Zoom: Ctrl+rueda, o + y − con el gráfico seleccionado (0 vuelve a mostrar todos los días).</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>--day: {day} is still to come</source>
        <translation>--day: el {day} todavía no ha llegado</translation>
    </message>
    <message>
        <source>--factor: unknown factor {text} (choose from {offered})</source>
        <translation>--factor: factor desconocido {text} (elija entre {offered})</translation>
    </message>
    <message>
        <source>--factor: {name} was removed from the list on {day}</source>
        <translation>--factor: {name} se quitó de la lista el {day}</translation>
    </message>
    <message>
        <source>--nights: {text} is not 0, 1, 2, 3 or 3+ (use 3+ for three or more)</source>
        <translation>--nights: {text} no es 0, 1, 2, 3 ni 3+ (use 3+ para tres o más)</translation>
    </message>
    <message numerus="yes">
        <source>--no-spasms: %n spasms are logged on {day}; use --complete if they are all in the log</source>
        <translation>
            <numerusform>--no-spasms: hay %n espasmo anotado el {day}; use --complete si está todo anotado</numerusform>
            <numerusform>--no-spasms: hay %n espasmos anotados el {day}; use --complete si está todo anotado</numerusform>
        </translation>
    </message>
    <message>
        <source>--show: cannot be combined with {option}</source>
        <translation>--show: no se puede combinar con {option}</translation>
    </message>
    <message>
        <source>Check-in for {day}</source>
        <translation>Repaso del {day}</translation>
    </message>
    <message>
        <source>Check-in for {day}: not filled in yet</source>
        <translation>Repaso del {day}: aún sin rellenar</translation>
    </message>
    <message>
        <source>Fill in the day&apos;s check-in; every option may be left out. With no option (or --show) it prints the day&apos;s check-in.</source>
        <translation>Rellenar el repaso del día; cada opción se puede omitir. Sin opciones (o con --show) muestra el repaso del día.</translation>
    </message>
    <message>
        <source>I had no spasms that day</source>
        <translation>No tuve espasmos ese día</translation>
    </message>
    <message>
        <source>I logged all my spasms that day</source>
        <translation>Anoté todos mis espasmos ese día</translation>
    </message>
    <message>
        <source>Nights woken by spasms: {nights}</source>
        <translation>Despertares nocturnos por espasmos: {nights}</translation>
    </message>
    <message>
        <source>Pain: {score}</source>
        <translation>Dolor: {score}</translation>
    </message>
    <message>
        <source>Saved the check-in for {day}.</source>
        <translation>Repaso del {day} guardado.</translation>
    </message>
    <message>
        <source>Sleep: {sleep}</source>
        <translation>Sueño: {sleep}</translation>
    </message>
    <message>
        <source>Spasms: {spasms}</source>
        <translation>Espasmos: {spasms}</translation>
    </message>
    <message>
        <source>Spasticity, past 24 hours: {score}</source>
        <translation>Espasticidad, últimas 24 horas: {score}</translation>
    </message>
    <message>
        <source>What was true: {factors}</source>
        <translation>Factores presentes: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>all logged (%n in the log)</source>
        <translation>
            <numerusform>todos anotados (%n en el diario)</numerusform>
            <numerusform>todos anotados (%n en el diario)</numerusform>
        </translation>
    </message>
    <message>
        <source>fill in or show a day&apos;s check-in (spasticity, nights, pain, sleep, factors)</source>
        <translation>rellenar o mostrar el repaso de un día (espasticidad, noches, dolor, sueño, factores)</translation>
    </message>
    <message>
        <source>good, fair or poor</source>
        <comment>the words to type, kept in English</comment>
        <translation>good (bueno), fair (regular) o poor (malo)</translation>
    </message>
    <message>
        <source>nights woken by spasms: 0, 1, 2, 3 or 3+ (three or more)</source>
        <translation>despertares nocturnos por espasmos: 0, 1, 2, 3 o 3+ (tres o más)</translation>
    </message>
    <message>
        <source>no spasms that day</source>
        <translation>ningún espasmo ese día</translation>
    </message>
    <message>
        <source>none of the list</source>
        <translation>ninguno de la lista</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>sin rellenar</translation>
    </message>
    <message numerus="yes">
        <source>not filled in (the day counts as unknown; %n in the log)</source>
        <translation>
            <numerusform>sin rellenar (el día cuenta como desconocido; %n en el diario)</numerusform>
            <numerusform>sin rellenar (el día cuenta como desconocido; %n en el diario)</numerusform>
        </translation>
    </message>
    <message>
        <source>pain, 0 (none) to 10 (worst)</source>
        <translation>dolor, de 0 (nada) a 10 (el peor)</translation>
    </message>
    <message>
        <source>print the day&apos;s check-in</source>
        <translation>mostrar el repaso del día</translation>
    </message>
    <message>
        <source>something that was true that day, e.g. heat or stress (repeatable)</source>
        <translation>un factor presente ese día, p. ej. heat o stress (repetible)</translation>
    </message>
    <message>
        <source>spasticity over the past 24 hours, 0 (none) to 10 (worst)</source>
        <translation>espasticidad en las últimas 24 horas, de 0 (nada) a 10 (la peor)</translation>
    </message>
    <message>
        <source>the diary day, YYYY-MM-DD (default: today)</source>
        <translation>el día del diario, YYYY-MM-DD (por defecto: hoy)</translation>
    </message>
    <message>
        <source>{count} or more</source>
        <comment>nights woken</comment>
        <translation>{count} o más</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} de 10</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <source>A 10-second check-in for {day}: spasticity, sleep and what was true. Every answer is optional.</source>
        <translation>Un repaso de 10 segundos de {day}: espasticidad, sueño y lo que pasó. Cada respuesta es opcional.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Hacer el repaso</translation>
    </message>
    <message>
        <source>Check in: {question}</source>
        <translation>Hacer el repaso: {question}</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Repaso del día</translation>
    </message>
    <message>
        <source>Hide this card until tomorrow</source>
        <translation>Ocultar esta tarjeta hasta mañana</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: hide the check-in for {day}</source>
        <translation>Ahora no: ocultar el repaso de {day}</translation>
    </message>
    <message>
        <source>Started. One answer is left: say whether your spasm log is complete.</source>
        <translation>Empezado. Falta una respuesta: diga si su registro de espasmos está completo.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n spasms are logged for today.</source>
        <translation>
            <numerusform>Hoy hay %n espasmo anotado.</numerusform>
            <numerusform>Hoy hay %n espasmos anotados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for yesterday.</source>
        <translation>
            <numerusform>Ayer hay %n espasmo anotado.</numerusform>
            <numerusform>Ayer hay %n espasmos anotados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms are logged for {day}.</source>
        <translation>
            <numerusform>El {day} hay %n espasmo anotado.</numerusform>
            <numerusform>El {day} hay %n espasmos anotados.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 sin dolor</translation>
    </message>
    <message>
        <source>0 no spasticity</source>
        <translation>0 sin espasticidad</translation>
    </message>
    <message>
        <source>10 worst possible</source>
        <translation>10 lo peor posible</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 o más</translation>
    </message>
    <message>
        <source>A day counts in your trends once you say its log is complete.</source>
        <translation>Un día cuenta en sus tendencias en cuanto indica que su registro está completo.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Add your own to the list</source>
        <translation>Añadir uno propio a la lista</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Cambiar la lista</translation>
    </message>
    <message>
        <source>Change the list: rename or remove</source>
        <translation>Cambiar la lista: renombrar o quitar</translation>
    </message>
    <message>
        <source>Close (Esc). Everything is already saved.</source>
        <translation>Cerrar (Esc). Todo está ya guardado.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Cambios hechos</translation>
    </message>
    <message>
        <source>Every answer is optional and saved as you give it.</source>
        <translation>Cada respuesta es opcional y se guarda en cuanto la da.</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>¿Qué tal hoy?</translation>
    </message>
    <message>
        <source>I logged all my spasms on {day}</source>
        <translation>Anoté todos mis espasmos del {day}</translation>
    </message>
    <message>
        <source>I logged all my spasms today</source>
        <translation>Anoté todos mis espasmos de hoy</translation>
    </message>
    <message>
        <source>I logged all my spasms yesterday</source>
        <translation>Anoté todos mis espasmos de ayer</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Nuevo nombre para {name}:</translation>
    </message>
    <message>
        <source>Nights woken by spasms</source>
        <translation>Despertares nocturnos por espasmos</translation>
    </message>
    <message>
        <source>No spasms are logged for today.</source>
        <translation>Hoy no hay espasmos anotados.</translation>
    </message>
    <message>
        <source>No spasms are logged for yesterday.</source>
        <translation>Ayer no hay espasmos anotados.</translation>
    </message>
    <message>
        <source>No spasms are logged for {day}.</source>
        <translation>El {day} no hay espasmos anotados.</translation>
    </message>
    <message>
        <source>No spasms on {day}</source>
        <translation>Sin espasmos el {day}</translation>
    </message>
    <message>
        <source>No spasms today</source>
        <translation>Hoy sin espasmos</translation>
    </message>
    <message>
        <source>No spasms yesterday</source>
        <translation>Ayer sin espasmos</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>Ningún despertar por espasmos</translation>
    </message>
    <message>
        <source>Nothing saved for this day yet.</source>
        <translation>Aún no hay nada guardado de este día.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Sleep fair</source>
        <translation>Sueño regular</translation>
    </message>
    <message>
        <source>Sleep good</source>
        <translation>Sueño bueno</translation>
    </message>
    <message>
        <source>Sleep poor</source>
        <translation>Sueño malo</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Spasticity</source>
        <translation>Espasticidad</translation>
    </message>
    <message>
        <source>Spasticity over the past 24 hours</source>
        <translation>Espasticidad en las últimas 24 horas</translation>
    </message>
    <message>
        <source>Started: saved as far as you got.</source>
        <translation>Empezado: guardado hasta donde llegó.</translation>
    </message>
    <message>
        <source>This day is done. Change anything you like.</source>
        <translation>Este día está hecho. Puede cambiar lo que quiera.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z); redo is Ctrl+Shift+Z</source>
        <translation>Deshacer (Ctrl+Z); rehacer con Ctrl+Mayús+Z</translation>
    </message>
    <message>
        <source>What was true</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>What was true on {day}</source>
        <translation>Lo que pasó el {day}</translation>
    </message>
    <message>
        <source>What was true today</source>
        <translation>Lo que pasó hoy</translation>
    </message>
    <message>
        <source>What was true yesterday</source>
        <translation>Lo que pasó ayer</translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>3 despertares o más</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Un despertar</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Dos despertares</translation>
    </message>
    <message>
        <source>Your own thing to add to the list</source>
        <translation>Algo propio para añadir a la lista</translation>
    </message>
    <message>
        <source>Your spasm log</source>
        <translation>Su registro de espasmos</translation>
    </message>
    <message>
        <source>a factor</source>
        <translation>un factor</translation>
    </message>
    <message>
        <source>all spasms logged</source>
        <translation>todos los espasmos anotados</translation>
    </message>
    <message>
        <source>nights woken not said</source>
        <translation>despertares nocturnos sin indicar</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>sin espasmos</translation>
    </message>
    <message>
        <source>not sure all are logged</source>
        <translation>sin saber si están todos anotados</translation>
    </message>
    <message>
        <source>not sure there were none</source>
        <translation>sin saber si no hubo ninguno</translation>
    </message>
    <message>
        <source>not woken by spasms</source>
        <translation>ningún despertar por espasmos</translation>
    </message>
    <message>
        <source>pain not said</source>
        <translation>dolor sin indicar</translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation>dolor {value}</translation>
    </message>
    <message>
        <source>sleep fair</source>
        <translation>sueño regular</translation>
    </message>
    <message>
        <source>sleep good</source>
        <translation>sueño bueno</translation>
    </message>
    <message>
        <source>sleep not said</source>
        <translation>sueño sin indicar</translation>
    </message>
    <message>
        <source>sleep poor</source>
        <translation>sueño malo</translation>
    </message>
    <message>
        <source>spasticity not said</source>
        <translation>espasticidad sin indicar</translation>
    </message>
    <message>
        <source>spasticity {value}</source>
        <translation>espasticidad {value}</translation>
    </message>
    <message>
        <source>what was true</source>
        <translation>lo que pasó</translation>
    </message>
    <message>
        <source>woken 3 or more times</source>
        <translation>3 despertares o más</translation>
    </message>
    <message>
        <source>woken once</source>
        <translation>un despertar</translation>
    </message>
    <message>
        <source>woken twice</source>
        <translation>dos despertares</translation>
    </message>
    <message>
        <source>{count} {why}</source>
        <translation>{count} {why}</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (hoy)</translation>
    </message>
    <message>
        <source>{day} (yesterday)</source>
        <translation>{day} (ayer)</translation>
    </message>
    <message>
        <source>{factor}: no</source>
        <translation>{factor}: no</translation>
    </message>
    <message>
        <source>{factor}: yes</source>
        <translation>{factor}: sí</translation>
    </message>
</context>
<context>
    <name>CheckinOperations</name>
    <message>
        <source>Added {name} to the list. Tick it on the days it was true.</source>
        <translation>{name} se añadió a la lista. Márquelo los días en que fue así.</translation>
    </message>
    <message>
        <source>Removed {name} from the list from today. Undo puts it back.</source>
        <translation>{name} se quitó de la lista desde hoy. «Deshacer» lo devuelve.</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} se llama ahora {new}.</translation>
    </message>
    <message>
        <source>Saved: {answer}.</source>
        <translation>Guardado: {answer}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>añadir {name}</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retirada de {name}</translation>
    </message>
    <message>
        <source>renaming {old} to {new}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>cambio de nombre de {old} a {new}</translation>
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
        <translation>Un repaso de 10 segundos. Cada respuesta es opcional.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Hacer el repaso</translation>
    </message>
    <message>
        <source>Check in now: {question}</source>
        <translation>Hacer el repaso: {question}</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>Aviso del repaso</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the check-in reminder</source>
        <translation>Ocultar el aviso del repaso</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>En 10 min</translation>
    </message>
    <message>
        <source>Snooze the check-in reminder for 10 minutes</source>
        <translation>Repetir el aviso del repaso en 10 minutos</translation>
    </message>
</context>
<context>
    <name>CheckinUi</name>
    <message>
        <source>&amp;How was today?…</source>
        <translation>¿&amp;Qué tal hoy?…</translation>
    </message>
    <message>
        <source>A 10-second check-in in MSLog. Every answer is optional.</source>
        <translation>Un repaso de 10 segundos en MSLog. Cada respuesta es opcional.</translation>
    </message>
    <message>
        <source>Check-in reminder: {question}</source>
        <translation>Aviso del repaso: {question}</translation>
    </message>
    <message>
        <source>The check-in will be asked again at {time}.</source>
        <translation>El repaso se volverá a pedir a las {time}.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>Toca %n toma</numerusform>
            <numerusform>Tocan %n tomas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses came due while MSLog was paused</source>
        <translation>
            <numerusform>%n toma tocaba mientras MSLog estaba en pausa</numerusform>
            <numerusform>%n tomas tocaban mientras MSLog estaba en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>doses</comment>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
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
            <numerusform>Recarga de la bomba de baclofeno prevista el {day}, dentro de %n día.</numerusform>
            <numerusform>Recarga de la bomba de baclofeno prevista el {day}, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baclofen pump refill due today.</source>
        <translation>Recarga de la bomba de baclofeno prevista hoy.</translation>
    </message>
    <message>
        <source>Baclofen pump refill due tomorrow, {day}.</source>
        <translation>Recarga de la bomba de baclofeno prevista mañana, {day}.</translation>
    </message>
    <message>
        <source>New rate: {rate}</source>
        <translation>Nuevo ritmo: {rate}</translation>
    </message>
    <message>
        <source>Next refill {day}</source>
        <translation>Próxima recarga {day}</translation>
    </message>
    <message>
        <source>No day factor with id {uuid}</source>
        <translation>Ningún factor con el identificador {uuid}</translation>
    </message>
    <message>
        <source>No dose with id {uuid}</source>
        <translation>Ninguna toma con el identificador {uuid}</translation>
    </message>
    <message>
        <source>No doses or habits on the list</source>
        <translation>No hay tomas ni hábitos en la lista</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Ningún hábito con el identificador {uuid}</translation>
    </message>
    <message>
        <source>No medication with id {uuid}</source>
        <translation>Ningún medicamento con el identificador {uuid}</translation>
    </message>
    <message>
        <source>No treatment with id {uuid}</source>
        <translation>Ningún tratamiento con el identificador {uuid}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>Zonas: {sites}</translation>
    </message>
    <message>
        <source>The baclofen pump refill noted for {day} is not recorded yet. Once it is done, record it under Treatments.</source>
        <translation>La recarga de la bomba de baclofeno prevista el {day} aún no está anotada. Cuando esté hecha, anótela en Tratamientos.</translation>
    </message>
    <message>
        <source>The day: {side_effects}</source>
        <translation>El día: {side_effects}</translation>
    </message>
    <message>
        <source>Tick them in MSLog when taken, or snooze.</source>
        <translation>Márquelas en MSLog cuando las tome, o posponga el aviso.</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>Es hora de {dose}</translation>
    </message>
    <message>
        <source>a dose belongs to a medication</source>
        <translation>una toma pertenece a un medicamento</translation>
    </message>
    <message>
        <source>add at least one time of day, or choose as needed</source>
        <translation>añada al menos una hora, o elija «si lo necesita»</translation>
    </message>
    <message>
        <source>an as-needed medication has no fixed times</source>
        <translation>un medicamento «si lo necesita» no tiene horas fijas</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>si lo necesita</translation>
    </message>
    <message>
        <source>at most 24 times a day</source>
        <translation>como mucho 24 horas al día</translation>
    </message>
    <message>
        <source>at {time}: {problem}</source>
        <translation>a las {time}: {problem}</translation>
    </message>
    <message>
        <source>doses of {name} are recorded; stop it instead</source>
        <translation>hay tomas de {name} anotadas; mejor indique que lo deja</translation>
    </message>
    <message>
        <source>give a time of day, as HH:MM</source>
        <translation>indique una hora como HH:MM</translation>
    </message>
    <message>
        <source>is after today; record a treatment once it has happened</source>
        <translation>es posterior a hoy; anote un tratamiento cuando haya tenido lugar</translation>
    </message>
    <message>
        <source>is kept for a baclofen pump only</source>
        <translation>solo se guarda para una bomba de baclofeno</translation>
    </message>
    <message>
        <source>is more than a year after this entry</source>
        <translation>es más de un año después de esta entrada</translation>
    </message>
    <message>
        <source>is not a field of a treatment</source>
        <translation>no es un campo de un tratamiento</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump dose change</source>
        <translation>no se guarda para un cambio de dosis de la bomba de baclofeno</translation>
    </message>
    <message>
        <source>is not kept for a baclofen pump refill</source>
        <translation>no se guarda para una recarga de la bomba de baclofeno</translation>
    </message>
    <message>
        <source>is not kept for a botulinum toxin injection</source>
        <translation>no se guarda para una inyección de toxina botulínica</translation>
    </message>
    <message>
        <source>is not kept for a physiotherapy session</source>
        <translation>no se guarda para una sesión de fisioterapia</translation>
    </message>
    <message>
        <source>is not kept for other treatments</source>
        <translation>no se guarda para otros tratamientos</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>tiene {length} caracteres; caben como mucho {limit}</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>debe ser una fecha y una hora, no {value}</translation>
    </message>
    <message>
        <source>must be a date, not {value}</source>
        <translation>debe ser una fecha, no {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>debe ser un número, no {value}</translation>
    </message>
    <message>
        <source>must be after the day it was started ({day})</source>
        <translation>debe ser posterior al día en que empezó ({day})</translation>
    </message>
    <message>
        <source>must be after the day of this entry</source>
        <translation>debe ser posterior al día de esta entrada</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>debe tener como mucho %n carácter</numerusform>
            <numerusform>debe tener como mucho %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most {most}</source>
        <translation>debe ser como mucho {most}</translation>
    </message>
    <message>
        <source>must be more than zero, not {value}</source>
        <translation>debe ser mayor que cero, no {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>debe ser uno de {choices}, no {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>debe ser un texto, no {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>no puede contener caracteres de control</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>necesita una zona horaria</translation>
    </message>
    <message>
        <source>only a taken dose has a time</source>
        <translation>solo una toma tomada tiene hora</translation>
    </message>
    <message>
        <source>say what the treatment was</source>
        <translation>indique qué tratamiento fue</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} aún no ha llegado</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <translation>{day} es demasiado antiguo</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n habits done</source>
        <translation>
            <numerusform>{done} de %n hábito hecho</numerusform>
            <numerusform>{done} de %n hábitos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} as needed</source>
        <translation>{dose} si lo necesita</translation>
    </message>
    <message>
        <source>{moment} is not on {day}</source>
        <translation>{moment} no es del {day}</translation>
    </message>
    <message>
        <source>{moment} is still to come</source>
        <translation>{moment} aún no ha llegado</translation>
    </message>
    <message>
        <source>{name} has no fixed doses on {day}</source>
        <translation>{name} no tiene tomas fijas el {day}</translation>
    </message>
    <message>
        <source>{name} is already on the checklist</source>
        <translation>{name} ya está en la lista</translation>
    </message>
    <message>
        <source>{name} is already on the list</source>
        <translation>{name} ya está en la lista</translation>
    </message>
    <message>
        <source>{name} is already on your list</source>
        <translation>{name} ya está en su lista</translation>
    </message>
    <message>
        <source>{name} is not due at {slot}</source>
        <translation>{name} no toca a las {slot}</translation>
    </message>
    <message>
        <source>{name} {dose} at {times}</source>
        <translation>{name} {dose} a las {times}</translation>
    </message>
    <message>
        <source>{name} {dose} when needed</source>
        <translation>{name} {dose} si lo necesita</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <translation>{schedule} desde el {day}</translation>
    </message>
    <message>
        <source>{side_effects}: {note}</source>
        <translation>{side_effects}: {note}</translation>
    </message>
    <message>
        <source>{slot} is not a dose time</source>
        <translation>{slot} no es una hora de toma</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n doses taken</source>
        <translation>
            <numerusform>{taken} de %n toma tomada</numerusform>
            <numerusform>{taken} de %n tomas tomadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is listed twice; change one of them or remove it</source>
        <translation>{time} aparece dos veces; cambie o quite una de ellas</translation>
    </message>
    <message>
        <source>{time} is not one of the times</source>
        <translation>{time} no es una de las horas</translation>
    </message>
    <message>
        <source>{time} must be whole minutes</source>
        <translation>{time} debe ser en minutos enteros</translation>
    </message>
    <message>
        <source>{value} is not a time of day</source>
        <translation>{value} no es una hora</translation>
    </message>
    <message>
        <source>{value} is not a time of day; write it as HH:MM</source>
        <translation>{value} no es una hora; escríbala como HH:MM</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es uno de {choices}</translation>
    </message>
    <message>
        <source>{value} is outside the day (00:00 to 23:59)</source>
        <translation>{value} está fuera del día (00:00 a 23:59)</translation>
    </message>
</context>
<context>
    <name>ChecklistCommands</name>
    <message>
        <source>0 to 23 (default 4: 01:30 counts for the evening)</source>
        <translation>de 0 a 23 (por defecto 4: la 01:30 cuenta para la noche anterior)</translation>
    </message>
    <message>
        <source>A new diary day now starts at {time}.</source>
        <translation>Un nuevo día del diario empieza ahora a las {time}.</translation>
    </message>
    <message>
        <source>A new diary day starts at {time}.</source>
        <translation>Un nuevo día del diario empieza a las {time}.</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>si es necesario</translation>
    </message>
    <message>
        <source>done {time}</source>
        <translation>hecho a las {time}</translation>
    </message>
    <message>
        <source>hour: {text} is not a whole hour from 0 to 23</source>
        <translation>hour: {text} no es una hora entera de 0 a 23</translation>
    </message>
    <message>
        <source>late, not ticked</source>
        <translation>con retraso, sin marcar</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>print a day&apos;s doses and self-care ticks</source>
        <translation>mostrar las tomas y el autocuidado de un día</translation>
    </message>
    <message>
        <source>show or set the hour a new diary day starts</source>
        <translation>mostrar o cambiar la hora en que empieza un nuevo día del diario</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>omitida ({reason})</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>tomada a las {time}</translation>
    </message>
    <message>
        <source>taken {time} (late)</source>
        <translation>tomada a las {time} (con retraso)</translation>
    </message>
    <message>
        <source>the diary day (default: today)</source>
        <translation>el día del diario (por defecto: hoy)</translation>
    </message>
    <message>
        <source>{day}: {progress}</source>
        <comment>a day&apos;s heading and its progress line</comment>
        <translation>{day}: {progress}</translation>
    </message>
</context>
<context>
    <name>ChecklistForms</name>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Change day</source>
        <translation>Día del cambio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Toma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Not saved. {field}: {problem}</source>
        <translation>No se ha guardado. {field}: {problem}</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>No se ha guardado. {problem}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Start day</source>
        <translation>Día de inicio</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Concentración y forma</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Hora de la toma</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ChecklistOperations</name>
    <message>
        <source>&apos;{name}&apos; is already at the end.</source>
        <translation>«{name}» ya está al final.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already at the top.</source>
        <translation>«{name}» ya está arriba del todo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; keeps its name.</source>
        <translation>«{name}» conserva su nombre.</translation>
    </message>
    <message>
        <source>Added habit &apos;{name}&apos;. Undo with Ctrl+Z.</source>
        <translation>Hábito «{name}» añadido. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; down. Undo with Ctrl+Z.</source>
        <translation>«{name}» ha bajado. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Moved &apos;{name}&apos; up. Undo with Ctrl+Z.</source>
        <translation>«{name}» ha subido. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for today. Undo with Ctrl+Z.</source>
        <translation>Sin efectos secundarios anotados hoy. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {day}. Undo with Ctrl+Z.</source>
        <translation>Sin efectos secundarios anotados para {day}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No side effects noted for {dose}. Undo with Ctrl+Z.</source>
        <translation>Sin efectos secundarios anotados después de {dose}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Removed the as-needed dose. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se quitó la toma a demanda. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Removed {name} from the checklist. Past ticks stay. Undo puts it back.</source>
        <translation>{name} se quitó de la lista. Las marcas anteriores se quedan. «Deshacer» lo devuelve.</translation>
    </message>
    <message>
        <source>Renamed habit &apos;{old}&apos; to &apos;{new}&apos;. Undo with Ctrl+Z.</source>
        <translation>El hábito «{old}» se llama ahora «{new}». Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved: {name} at {time}.</source>
        <translation>Guardado: {name} a las {time}.</translation>
    </message>
    <message>
        <source>Side effects of today: {effects}. Undo with Ctrl+Z.</source>
        <translation>Efectos secundarios hoy: {effects}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Side effects of {day}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Efectos secundarios el {day}: {effects}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Side effects of {dose}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Efectos secundarios después de {dose}: {effects}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>adding habit &apos;{name}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>añadir el hábito «{name}»</translation>
    </message>
    <message>
        <source>as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>toma a demanda</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; down</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>bajar «{name}»</translation>
    </message>
    <message>
        <source>moving &apos;{name}&apos; up</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>subir «{name}»</translation>
    </message>
    <message>
        <source>removal of an as-needed dose</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retirada de una toma a demanda</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retirada de {name}</translation>
    </message>
    <message>
        <source>renaming &apos;{old}&apos; to &apos;{new}&apos;</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>cambio de nombre de «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>side effects of today</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>efectos secundarios de hoy</translation>
    </message>
    <message>
        <source>side effects of {day}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>efectos secundarios del {day}</translation>
    </message>
    <message>
        <source>side effects of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>efectos secundarios después de {dose}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>omisión de {dose}</translation>
    </message>
    <message>
        <source>tick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>marca de {dose}</translation>
    </message>
    <message>
        <source>tick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>marca de {name}</translation>
    </message>
    <message>
        <source>untick of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>desmarcado de {dose}</translation>
    </message>
    <message>
        <source>untick of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>desmarcado de {name}</translation>
    </message>
    <message>
        <source>{dose} is open again.</source>
        <translation>{dose} vuelve a estar pendiente.</translation>
    </message>
    <message>
        <source>{dose}: skipped. You can add a reason.</source>
        <translation>{dose}: omitida. Puede añadir un motivo.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Change the time if it was earlier.</source>
        <translation>{dose}: tomada a las {time}. Cambie la hora si fue antes.</translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation>{name}: hecho.</translation>
    </message>
    <message>
        <source>{name}: not done.</source>
        <translation>{name}: sin hacer.</translation>
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
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Tick a dose when you take it. Unticking undoes it.</source>
        <translation>Marque una toma cuando la tome. Desmarcarla la deshace.</translation>
    </message>
    <message>
        <source>Ticks on a past day are saved as entered later.</source>
        <translation>Las marcas de un día pasado se guardan como anotadas más tarde.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Hoy · {day}</translation>
    </message>
    <message>
        <source>Yesterday · {day}</source>
        <translation>Ayer · {day}</translation>
    </message>
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>MSLog is still running</source>
        <translation>MSLog sigue abierto</translation>
    </message>
    <message>
        <source>Reminders keep working here in the tray. To quit, choose Quit MSLog from this icon&apos;s menu.</source>
        <translation>Los avisos siguen funcionando aquí, en la bandeja del sistema. Para salir, elija «Salir de MSLog» en el menú de este icono.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--at: cannot read {text} as a time; use HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: no se puede leer {text} como hora; use HH:MM o YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: give a time, as HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>--at: indique una hora, como HH:MM o YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>--at: {day} is outside the days a diary keeps</source>
        <translation>--at: el {day} está fuera de los días que guarda un diario</translation>
    </message>
    <message numerus="yes">
        <source>--at: {time} did not happen here: the clocks went forward %n minutes that night; give the time the clock showed (such as {later})</source>
        <translation>
            <numerusform>--at: {time} no existió aquí: esa noche se adelantó el reloj %n minuto; indique la hora que marcaba el reloj (por ejemplo, {later})</numerusform>
            <numerusform>--at: {time} no existió aquí: esa noche se adelantó el reloj %n minutos; indique la hora que marcaba el reloj (por ejemplo, {later})</numerusform>
        </translation>
    </message>
    <message>
        <source>--at: {time} did not happen here: the clocks went forward an hour that night; give the time the clock showed (such as {later})</source>
        <translation>--at: {time} no existió aquí: esa noche se adelantó el reloj una hora; indique la hora que marcaba el reloj (por ejemplo, {later})</translation>
    </message>
    <message>
        <source>--data-dir: give a folder</source>
        <translation>--data-dir: indique una carpeta</translation>
    </message>
    <message>
        <source>--data-dir: {folder} is not a folder</source>
        <translation>--data-dir: {folder} no es una carpeta</translation>
    </message>
    <message>
        <source>--from: the first day is after the last day</source>
        <translation>--from: el primer día es posterior al último</translation>
    </message>
    <message>
        <source>MSLog, a private diary for MS spasms.</source>
        <translation>MSLog, un diario privado de los espasmos de la EM.</translation>
    </message>
    <message>
        <source>With no COMMAND, MSLog opens its window (`mslog`, or `mslog --data-dir PATH`). The
commands work in this terminal and never open the window; `mslog COMMAND --help` tells
more about each.

environment:
  MSLOG_DATA_DIR  the folder holding the diary, when --data-dir is not given

Your diary stays on this computer: MSLog sends nothing anywhere.</source>
        <comment>the end of `mslog --help`; keep its line breaks short (under 80 characters)</comment>
        <translation>Sin COMMAND, MSLog abre su ventana (`mslog` o `mslog --data-dir PATH`). Las
órdenes funcionan en este terminal y nunca abren la ventana;
`mslog COMMAND --help` explica más de cada una.

entorno:
  MSLOG_DATA_DIR  la carpeta del diario, si no se indica --data-dir

Su diario se queda en este ordenador: MSLog no envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>folder holding the diary (default: $MSLOG_DATA_DIR or your user data folder)</source>
        <translation>carpeta del diario (por defecto: $MSLOG_DATA_DIR o su carpeta de datos de usuario)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>último día (por defecto: hoy)</translation>
    </message>
    <message>
        <source>mslog {command}: error: {problem}</source>
        <translation>mslog {command}: error: {problem}</translation>
    </message>
    <message>
        <source>mslog: error: {problem}</source>
        <translation>mslog: error: {problem}</translation>
    </message>
    <message>
        <source>one of: {keys}</source>
        <translation>uno de: {keys}</translation>
    </message>
    <message>
        <source>one of: {keys} (repeatable)</source>
        <translation>uno de: {keys} (repetible)</translation>
    </message>
    <message>
        <source>{option}: cannot read {text} as a date; use YYYY-MM-DD</source>
        <translation>{option}: no se puede leer {text} como fecha; use YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{option}: give a file name</source>
        <translation>{option}: indique un nombre de archivo</translation>
    </message>
    <message>
        <source>{option}: the folder {folder} does not exist</source>
        <translation>{option}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{option}: unknown value {text} (choose from {known})</source>
        <translation>{option}: valor desconocido {text} (elija entre {known})</translation>
    </message>
    <message>
        <source>{option}: {day} is too far ahead; give a day up to {latest}</source>
        <translation>{option}: el {day} está demasiado lejos; indique un día hasta el {latest}</translation>
    </message>
    <message>
        <source>{option}: {day} is too long ago; a diary starts in 1970 at the earliest</source>
        <translation>{option}: el {day} es demasiado antiguo; un diario empieza como muy pronto en 1970</translation>
    </message>
    <message>
        <source>{option}: {path} does not exist</source>
        <translation>{option}: {path} no existe</translation>
    </message>
    <message>
        <source>{option}: {path} is a folder; give a file name inside it</source>
        <translation>{option}: {path} es una carpeta; indique un nombre de archivo dentro de ella</translation>
    </message>
    <message>
        <source>{option}: {path} is not a regular file</source>
        <translation>{option}: {path} no es un archivo normal</translation>
    </message>
    <message>
        <source>{option}: {text} is not a whole number</source>
        <translation>{option}: {text} no es un número entero</translation>
    </message>
</context>
<context>
    <name>CueBar</name>
    <message>
        <source>Step progress</source>
        <translation>Progreso del paso</translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <source>Choose the days to show</source>
        <translation>Elegir los días que se muestran</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>DailyCheckin</name>
    <message>
        <source>How was today?</source>
        <translation>¿Qué tal hoy?</translation>
    </message>
    <message>
        <source>How was yesterday?</source>
        <translation>¿Qué tal ayer?</translation>
    </message>
    <message>
        <source>How was {day}?</source>
        <translation>¿Qué tal el {day}?</translation>
    </message>
    <message>
        <source>is not a check-in field</source>
        <translation>no es un campo del repaso</translation>
    </message>
    <message>
        <source>must be a list of factors, not text</source>
        <translation>debe ser una lista de factores, no un texto</translation>
    </message>
    <message>
        <source>must be a time as HH:MM, not {value}</source>
        <translation>debe ser una hora como HH:MM, no {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}, not {value}</source>
        <translation>debe estar entre 0 y {high}, no {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>debe ser uno de {choices}, no {value}</translation>
    </message>
    <message>
        <source>the check-in is for {day}, not {other}</source>
        <translation>el repaso es del {day}, no del {other}</translation>
    </message>
    <message>
        <source>unknown day factor {value}</source>
        <translation>factor desconocido {value}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} aún no ha llegado</translation>
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
    <name>DayCalendar</name>
    <message>
        <source>Calendar: pick a day to see</source>
        <translation>Calendario: elija un día para verlo</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
</context>
<context>
    <name>DayStart</name>
    <message>
        <source>must be a whole hour, not {value}</source>
        <translation>debe ser una hora entera, no {value}</translation>
    </message>
    <message>
        <source>must be from 0 to 23, not {value}</source>
        <translation>debe estar entre 0 y 23, no {value}</translation>
    </message>
</context>
<context>
    <name>DaySteps</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Día siguiente  ▶</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Mostrar el día siguiente</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Mostrar el día anterior</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <comment>a button&apos;s name and its shortcut</comment>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>◀  Day before</source>
        <translation>◀  Día anterior</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Change the check-in</source>
        <translation>Cambiar el repaso del día</translation>
    </message>
    <message>
        <source>Change the side effects: {effects}</source>
        <translation>Cambiar los efectos secundarios: {effects}</translation>
    </message>
    <message>
        <source>Change the time of the spasm at {time}</source>
        <translation>Cambiar la hora del espasmo de las {time}</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Cambiar cuándo se tomó {dose}</translation>
    </message>
    <message>
        <source>Change {treatment}</source>
        <translation>Cambiar: {treatment}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Repaso del día</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the spasm at {time}</source>
        <translation>Borrar el espasmo de las {time}</translation>
    </message>
    <message>
        <source>Delete {treatment}</source>
        <translation>Borrar: {treatment}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Tomas</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the details of the spasm at {time}</source>
        <translation>Editar los detalles del espasmo de las {time}</translation>
    </message>
    <message>
        <source>Habits done</source>
        <translation>Hábitos hechos</translation>
    </message>
    <message>
        <source>Mark {dose} skipped</source>
        <translation>Marcar {dose} como omitida</translation>
    </message>
    <message>
        <source>Mark {dose} taken</source>
        <translation>Marcar {dose} como tomada</translation>
    </message>
    <message>
        <source>Mark {habit} done</source>
        <translation>Marcar {habit} como hecho</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day.</source>
        <translation>Ese día no se anotó nada.</translation>
    </message>
    <message>
        <source>Reason…</source>
        <translation>Motivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name}</source>
        <translation>Quitar la toma a demanda de {name}</translation>
    </message>
    <message>
        <source>Remove the as-needed dose of {name} {time}</source>
        <translation>Quitar la toma a demanda de {name} de las {time}</translation>
    </message>
    <message>
        <source>Remove the side effects: {effects}</source>
        <translation>Quitar los efectos secundarios: {effects}</translation>
    </message>
    <message>
        <source>Remove the stretch session at {time}</source>
        <translation>Quitar la sesión de estiramientos de las {time}</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Efectos secundarios después de {dose}</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Efectos secundarios…</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message numerus="yes">
        <source>Spasms · %n</source>
        <comment>a section&apos;s title and how many it lists</comment>
        <translation>
            <numerusform>Espasmos · %n</numerusform>
            <numerusform>Espasmos · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>Desmarcar</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Desmarcar {dose}</translation>
    </message>
    <message>
        <source>Untick {habit}</source>
        <translation>Desmarcar {habit}</translation>
    </message>
    <message>
        <source>Why {dose} was skipped</source>
        <translation>Por qué se omitió {dose}</translation>
    </message>
    <message>
        <source>{dose} {time}</source>
        <comment>&apos;Baclofen 10 mg 08:00&apos;: a dose, then its time</comment>
        <translation>{dose} de las {time}</translation>
    </message>
</context>
<context>
    <name>DayZoom</name>
    <message>
        <source>Reset zoom</source>
        <translation>Quitar el zoom</translation>
    </message>
    <message>
        <source>Show every day of the range again (0)</source>
        <translation>Volver a mostrar todos los días del periodo (0)</translation>
    </message>
</context>
<context>
    <name>DaysCounted</name>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n día contado: {complete} completos, {partial} parciales, {unknown} desconocidos</numerusform>
            <numerusform>%n días contados: {complete} completos, {partial} parciales, {unknown} desconocidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown (today counts once it is over or checked in as complete)</source>
        <translation>
            <numerusform>%n día contado: {complete} completos, {partial} parciales, {unknown} desconocidos (hoy cuenta cuando termine o el repaso lo dé por completo)</numerusform>
            <numerusform>%n días contados: {complete} completos, {partial} parciales, {unknown} desconocidos (hoy cuenta cuando termine o el repaso lo dé por completo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on %n days ({complete} complete, {partial} partial: fewer than {steadier} complete, so spasms may be missing)</source>
        <translation>
            <numerusform>sobre %n día ({complete} completos, {partial} parciales: menos de {steadier} completos, pueden faltar espasmos)</numerusform>
            <numerusform>sobre %n días ({complete} completos, {partial} parciales: menos de {steadier} completos, pueden faltar espasmos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>based on only %n complete days ({steadier} make a steadier figure)</source>
        <translation>
            <numerusform>sobre solo %n día completo ({steadier} dan una cifra más estable)</numerusform>
            <numerusform>sobre solo %n días completos ({steadier} dan una cifra más estable)</numerusform>
        </translation>
    </message>
    <message>
        <source>based on {complete} of {counted} days (complete days)</source>
        <translation>sobre {complete} de {counted} días (días completos)</translation>
    </message>
    <message>
        <source>no day with entries yet</source>
        <translation>aún no hay ningún día con anotaciones</translation>
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
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>the side effects of today</comment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>When did you take {dose}?</source>
        <translation>¿Cuándo tomó {dose}?</translation>
    </message>
    <message>
        <source>reason for {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>motivo de {dose}</translation>
    </message>
    <message>
        <source>time of {dose}</source>
        <comment>what an undo takes back</comment>
        <translation>hora de {dose}</translation>
    </message>
    <message>
        <source>{dose}: skipped, no reason given. Undo with Ctrl+Z.</source>
        <translation>{dose}: saltada, sin motivo. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. Undo with Ctrl+Z.</source>
        <translation>{dose}: saltada: {reason}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. Undo with Ctrl+Z.</source>
        <translation>{dose}: tomada a las {time}. Deshacer con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <source>Change when {dose} was taken</source>
        <translation>Cambiar cuándo se tomó {dose}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason for skipping {dose}</source>
        <translation>Motivo para saltar {dose}</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Efectos secundarios tras {dose}</translation>
    </message>
    <message>
        <source>Side effects ✓</source>
        <translation>Efectos secundarios ✓</translation>
    </message>
    <message>
        <source>Side effects…</source>
        <translation>Efectos secundarios…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip {dose}</source>
        <translation>Saltar {dose}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Tick {dose} as taken</source>
        <translation>Marcar {dose} como tomada</translation>
    </message>
    <message>
        <source>Time…</source>
        <translation>Hora…</translation>
    </message>
    <message>
        <source>Untick {dose}</source>
        <translation>Desmarcar {dose}</translation>
    </message>
    <message>
        <source>{dose} (no longer scheduled)</source>
        <translation>{dose} (ya no programada)</translation>
    </message>
    <message>
        <source>{state} · side effects: {effects}</source>
        <translation>{state} · efectos secundarios: {effects}</translation>
    </message>
    <message>
        <source>{time} {dose}</source>
        <comment>a dose: its time, then medicine and amount</comment>
        <translation>{time} {dose}</translation>
    </message>
    <message>
        <source>✓ Taken</source>
        <translation>✓ Tomada</translation>
    </message>
</context>
<context>
    <name>DoseRows</name>
    <message>
        <source>Late: due at {time}</source>
        <translation>Con retraso: prevista a las {time}</translation>
    </message>
    <message>
        <source>Not ticked yet</source>
        <translation>Aún sin marcar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <source>Skipped · entered later</source>
        <translation>Saltada · anotada más tarde</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Saltada: {reason}</translation>
    </message>
    <message>
        <source>Skipped: {reason} · entered later</source>
        <translation>Saltada: {reason} · anotada más tarde</translation>
    </message>
    <message>
        <source>Taken at {time}</source>
        <translation>Tomada a las {time}</translation>
    </message>
    <message>
        <source>Taken at {time} · entered later</source>
        <translation>Tomada a las {time} · anotada más tarde</translation>
    </message>
    <message>
        <source>Taken at {time} · late</source>
        <translation>Tomada a las {time} · con retraso</translation>
    </message>
    <message>
        <source>Taken at {time} · late · entered later</source>
        <translation>Tomada a las {time} · con retraso · anotada más tarde</translation>
    </message>
</context>
<context>
    <name>DosesCard</name>
    <message>
        <source>Add the medication first, under Your medications.</source>
        <translation>Añada primero el medicamento, en «Sus medicamentos».</translation>
    </message>
    <message>
        <source>Add your medications below to tick off each dose here.</source>
        <translation>Añada sus medicamentos abajo para marcar aquí cada toma.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>No doses are scheduled for this day.</source>
        <translation>No hay tomas previstas para este día.</translation>
    </message>
    <message>
        <source>Note ✓</source>
        <translation>Nota ✓</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Side effects that day (optional)</source>
        <translation>Efectos secundarios ese día (opcional)</translation>
    </message>
    <message>
        <source>Side effects today</source>
        <translation>Efectos secundarios hoy</translation>
    </message>
    <message>
        <source>Side effects today (optional)</source>
        <translation>Efectos secundarios hoy (opcional)</translation>
    </message>
    <message>
        <source>Side effects today: add a note</source>
        <translation>Efectos secundarios hoy: añadir una nota</translation>
    </message>
    <message>
        <source>Took an as-needed dose…</source>
        <translation>Toma a demanda…</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
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
    <name>ExperimentOperations</name>
    <message numerus="yes">
        <source>Planned: {habit} for %n weeks from {day}, weeks {order}. Undo (Ctrl+Z) removes the plan.</source>
        <comment>{order}: which weeks are with and without the habit</comment>
        <translation>
            <numerusform>Planeado: {habit} durante %n semana desde el {day}, semanas {order}. Ctrl+Z quita el plan.</numerusform>
            <numerusform>Planeado: {habit} durante %n semanas desde el {day}, semanas {order}. Ctrl+Z quita el plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped the trial of {habit}. The days so far are kept for its result. Undo (Ctrl+Z) lets it run on.</source>
        <translation>Se paró la prueba de {habit}. Los días hasta ahora cuentan para el resultado. Ctrl+Z la deja seguir.</translation>
    </message>
    <message>
        <source>plan to try {habit}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>plan de probar {habit}</translation>
    </message>
    <message>
        <source>stop of the {habit} trial</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>fin de la prueba de {habit}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&lt;b&gt;Spreadsheet files (CSV)&lt;/b&gt; open in Excel, LibreOffice or Numbers: one file per kind of entry, together in a zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Complete copy (JSON)&lt;/b&gt; holds everything MSLog stores, to keep safe or to import into MSLog on another computer.&lt;br&gt;&lt;br&gt;&lt;b&gt;For your clinician (FHIR)&lt;/b&gt; is a file in HL7 FHIR R4, the standard a clinic&apos;s system reads: daily spasm counts and spasticity ratings, medicines with their dose history, treatments and check-in answers for the days chosen below.</source>
        <translation>&lt;b&gt;Archivos de hoja de cálculo (CSV)&lt;/b&gt;: se abren en Excel, LibreOffice o Numbers; un archivo por tipo de anotación, juntos en un zip.&lt;br&gt;&lt;br&gt;&lt;b&gt;Copia completa (JSON)&lt;/b&gt;: todo lo que guarda MSLog, para conservarlo a salvo o importarlo en MSLog en otro ordenador.&lt;br&gt;&lt;br&gt;&lt;b&gt;Para su médico (FHIR)&lt;/b&gt;: un archivo HL7 FHIR R4, el estándar que leen los sistemas de las consultas: espasmos por día y valores de espasticidad, medicamentos con su historial de dosis, tratamientos y respuestas del repaso del día para los días elegidos abajo.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>Cancelado. No se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>Cancelling leaves no file behind.</source>
        <translation>Si cancela, no queda ningún archivo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Complete copy (JSON)…</source>
        <translation>Copia completa (JSON)…</translation>
    </message>
    <message>
        <source>Days for your clinician</source>
        <translation>Días para su médico</translation>
    </message>
    <message>
        <source>Days in the clinician&apos;s file</source>
        <translation>Días del archivo para el médico</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Exportar su diario</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>For your clinician (FHIR)…</source>
        <translation>Para su médico (FHIR)…</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a range</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>MSLog for clinician {day}.json</source>
        <comment>a file name; the day is an ISO date</comment>
        <translation>MSLog para médico {day}.json</translation>
    </message>
    <message>
        <source>Save complete copy</source>
        <translation>Guardar la copia completa</translation>
    </message>
    <message>
        <source>Save spreadsheet files</source>
        <translation>Guardar los archivos de hoja de cálculo</translation>
    </message>
    <message>
        <source>Save the file for your clinician</source>
        <translation>Guardar el archivo para su médico</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>Guardado: {files}</translation>
    </message>
    <message>
        <source>Saved {file} ({range})</source>
        <translation>Guardado: {file} ({range})</translation>
    </message>
    <message>
        <source>Saving the complete copy</source>
        <translation>Guardando la copia completa</translation>
    </message>
    <message>
        <source>Saving the file for your clinician</source>
        <translation>Guardando el archivo para su médico</translation>
    </message>
    <message>
        <source>Saving your spreadsheet files</source>
        <translation>Guardando los archivos de hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV)…</source>
        <translation>Hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>The clinician&apos;s file could not be saved: {problem}</source>
        <translation>No se pudo guardar el archivo para el médico: {problem}</translation>
    </message>
    <message>
        <source>The copy could not be saved: {problem}</source>
        <translation>No se pudo guardar la copia: {problem}</translation>
    </message>
    <message>
        <source>The export could not be saved: {problem}</source>
        <translation>No se pudo guardar la exportación: {problem}</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a range</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip);;CSV (*.csv)</source>
        <translation>Zip de archivos CSV (*.zip);;CSV (*.csv)</translation>
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
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>FactorAnalysis</name>
    <message numerus="yes">
        <source>Based on %n complete days of {days}: a day counts once its check-in says every spasm was logged (or that there were none). A factor counts only on days MSLog knows about: check-in factors on days with a check-in, habits, stretching and doses from the first day you recorded them.</source>
        <translation>
            <numerusform>Sobre %n día completo de {days}: un día cuenta cuando su repaso dice que se anotó cada espasmo (o que no hubo ninguno). Un factor solo cuenta los días que MSLog conoce: los factores del repaso, los días con repaso; hábitos, estiramientos y tomas, desde el primer día que los anotó.</numerusform>
            <numerusform>Sobre %n días completos de {days}: un día cuenta cuando su repaso dice que se anotó cada espasmo (o que no hubo ninguno). Un factor solo cuenta los días que MSLog conoce: los factores del repaso, los días con repaso; hábitos, estiramientos y tomas, desde el primer día que los anotó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor has {needed} complete days with it and {needed} without it yet (%n complete days).</source>
        <translation>
            <numerusform>Ningún factor tiene aún {needed} días completos con él y {needed} sin él (%n día completo).</numerusform>
            <numerusform>Ningún factor tiene aún {needed} días completos con él y {needed} sin él (%n días completos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No factor stood out: %n factors tested on {complete} complete days, none with a clear difference.</source>
        <translation>
            <numerusform>Ningún factor destacó: %n factor comparado en {complete} días completos, ninguno con una diferencia clara.</numerusform>
            <numerusform>Ningún factor destacó: %n factores comparados en {complete} días completos, ninguno con una diferencia clara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spasms per complete day on days with and without each factor, as a rate ratio; its 95&#xa0;% interval comes from how much stretches of a week or more of the diary vary (a block bootstrap), so runs of good and bad days are not mistaken for an effect, and the many factors are adjusted together (Benjamini-Hochberg, 10&#xa0;%). Weekdays and seasons are not adjusted for.</source>
        <translation>Espasmos por día completo en los días con y sin cada factor, como razón de tasas; su intervalo del 95&#xa0;% sale de cuánto varían tramos del diario de una semana o más (un bootstrap por bloques), para que las rachas de días buenos y malos no se tomen por un efecto, y los muchos factores se ajustan juntos (Benjamini-Hochberg, 10&#xa0;%). No se ajusta por días de la semana ni estaciones.</translation>
    </message>
    <message>
        <source>The interval includes 1, or the difference is small enough to be chance among this many factors (q of 0.10 or more).</source>
        <translation>El intervalo incluye el 1, o la diferencia es tan pequeña que puede ser casualidad entre tantos factores (q de 0,10 o más).</translation>
    </message>
    <message>
        <source>These count the spasms you marked with each trigger. They are not compared: a trigger is marked only on a spasm, so it cannot show whether days with it have more spasms. For that, tick what was true in the daily check-in.</source>
        <translation>Cuentan los espasmos que marcó con cada desencadenante. No se comparan: un desencadenante solo se marca en un espasmo, así que no puede mostrar si los días con él tienen más espasmos. Para eso, marque lo que fue cierto en el repaso del día.</translation>
    </message>
    <message>
        <source>These show an association, not proof: other things change on the same days. Talk it over with your clinician before changing anything.</source>
        <translation>Esto muestra una asociación, no una prueba: otras cosas cambian los mismos días. Hable con su médico antes de cambiar nada.</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points</source>
        <translation>NRS del repaso {difference} puntos</translation>
    </message>
    <message>
        <source>check-in NRS {difference} points (95&#xa0;% interval {low} to {high})</source>
        <translation>NRS del repaso {difference} puntos (intervalo del 95&#xa0;% de {low} a {high})</translation>
    </message>
    <message>
        <source>check-in NRS: not enough days yet ({days} of {needed})</source>
        <translation>NRS del repaso: aún faltan días ({days} de {needed})</translation>
    </message>
    <message>
        <source>compared with the next day&apos;s spasms</source>
        <translation>comparado con los espasmos del día siguiente</translation>
    </message>
    <message>
        <source>compared with the same day&apos;s spasms</source>
        <translation>comparado con los espasmos del mismo día</translation>
    </message>
    <message>
        <source>day factor</source>
        <translation>factor del día</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>tomas</translation>
    </message>
    <message>
        <source>fewer spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>menos espasmos {when}</translation>
    </message>
    <message>
        <source>habit</source>
        <translation>hábito</translation>
    </message>
    <message>
        <source>more spasms {when}</source>
        <comment>when: e.g. &apos;on days with stress&apos;</comment>
        <translation>más espasmos {when}</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>día siguiente</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>sin diferencia clara</translation>
    </message>
    <message>
        <source>not enough days yet ({days} of {needed})</source>
        <translation>aún faltan días ({days} de {needed})</translation>
    </message>
    <message>
        <source>rate ratio {ratio}</source>
        <translation>razón de tasas {ratio}</translation>
    </message>
    <message>
        <source>rate ratio {ratio} (95&#xa0;% interval {low}–{high})</source>
        <translation>razón de tasas {ratio} (intervalo del 95&#xa0;% {low}–{high})</translation>
    </message>
    <message>
        <source>rate ratio –</source>
        <translation>razón de tasas –</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>mismo día</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>estiramientos</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>demasiado pocos espasmos en estos días para comparar</translation>
    </message>
    <message numerus="yes">
        <source>{clear} of %n factors tested on {complete} complete days stood out.</source>
        <translation>
            <numerusform>Factores que destacaron: {clear} de %n comparado en {complete} días completos.</numerusform>
            <numerusform>Factores que destacaron: {clear} de %n comparados en {complete} días completos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <comment>an interval: its two ends</comment>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>{name} ({kind}, {lag})</source>
        <comment>a factor, its kind and its lag</comment>
        <translation>{name} ({kind}, {lag})</translation>
    </message>
    <message>
        <source>{name} ({lag}, {days} of {needed})</source>
        <comment>a factor waiting for days: its name, its lag</comment>
        <translation>{name} ({lag}, {days} de {needed})</translation>
    </message>
    <message>
        <source>{with_it} complete days with, {without} without</source>
        <translation>{with_it} días completos con, {without} sin</translation>
    </message>
    <message>
        <source>{with_it} vs {without}</source>
        <comment>spasms a day with and without a factor</comment>
        <translation>{with_it} frente a {without}</translation>
    </message>
    <message>
        <source>{with_it} vs {without} spasms a day</source>
        <translation>{with_it} frente a {without} espasmos al día</translation>
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
        <translation>Cada uno necesita al menos {needed} días completos con él y {needed} sin él: {factors}.</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Cómo: {method}</translation>
    </message>
    <message>
        <source>No clear difference ({count})</source>
        <translation>Sin diferencia clara ({count})</translation>
    </message>
    <message>
        <source>Not enough days yet</source>
        <translation>Aún faltan días</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Tick what was true in the daily check-in (hot weather, stress, poor sleep…), or tick habits and doses, and say when a day&apos;s spasms are all logged.</source>
        <translation>Aún no hay nada que comparar. Marque lo que fue cierto en el repaso del día (calor, estrés, mal sueño…), o marque hábitos y tomas, e indique cuándo están anotados todos los espasmos de un día.</translation>
    </message>
    <message>
        <source>Spasms: {numbers}</source>
        <translation>Espasmos: {numbers}</translation>
    </message>
    <message>
        <source>Stood out ({clear} of {tested} tested)</source>
        <translation>Destacan ({clear} de {tested} comparados)</translation>
    </message>
    <message>
        <source>You have not marked a trigger on any spasm in these days.</source>
        <translation>En estos días no marcó ningún desencadenante en ningún espasmo.</translation>
    </message>
    <message>
        <source>You marked {triggers}.</source>
        <comment>triggers: e.g. &apos;heat on 12 spasms, ...&apos;</comment>
        <translation>Marcó: {triggers}.</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a trigger&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message numerus="yes">
        <source>{trigger} on %n spasms</source>
        <translation>
            <numerusform>{trigger} en %n espasmo</numerusform>
            <numerusform>{trigger} en %n espasmos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>Quitar {name} de la lista</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Renombrar {name}</translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <source>Completed stretch session</source>
        <translation>Sesión de estiramientos completada</translation>
    </message>
    <message>
        <source>Every scheduled dose of {medicine} taken</source>
        <translation>Todas las tomas previstas de {medicine} hechas</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a factor&apos;s name in a sentence: &apos;lower&apos; or &apos;keep&apos; (German)</comment>
        <translation>lower</translation>
    </message>
    <message>
        <source>on days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>los días en que todas las tomas previstas de {medicine} constan como hechas</translation>
    </message>
    <message>
        <source>on days with a completed stretch</source>
        <translation>los días con estiramientos completados</translation>
    </message>
    <message>
        <source>on days with {factor}</source>
        <translation>los días con {factor}</translation>
    </message>
    <message>
        <source>on the day after days every scheduled dose of {medicine} was recorded as taken</source>
        <translation>el día después de los días en que todas las tomas previstas de {medicine} constan como hechas</translation>
    </message>
    <message>
        <source>on the day after days with a completed stretch</source>
        <translation>el día después de los días con estiramientos completados</translation>
    </message>
    <message>
        <source>on the day after days with {factor}</source>
        <translation>el día después de los días con {factor}</translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message>
        <source>Exercise picture</source>
        <translation>Imagen del ejercicio</translation>
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
    <name>HabitNameDialog</name>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
</context>
<context>
    <name>HabitRow</name>
    <message>
        <source>Move {habit} down</source>
        <translation>Bajar {habit}</translation>
    </message>
    <message>
        <source>Move {habit} up</source>
        <translation>Subir {habit}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {habit} from the checklist</source>
        <translation>Quitar {habit} de la lista</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename {habit}</source>
        <translation>Renombrar {habit}</translation>
    </message>
    <message>
        <source>ticked later</source>
        <translation>marcado más tarde</translation>
    </message>
    <message>
        <source>{habit}, done</source>
        <translation>{habit}, hecho</translation>
    </message>
    <message>
        <source>{habit}, not done yet</source>
        <translation>{habit}, aún sin hacer</translation>
    </message>
    <message>
        <source>{time} · stretch session</source>
        <translation>{time} · sesión de estiramientos</translation>
    </message>
</context>
<context>
    <name>HabitsCard</name>
    <message>
        <source>Add a habit</source>
        <translation>Añadir un hábito</translation>
    </message>
    <message>
        <source>Add a habit…</source>
        <translation>Añadir un hábito…</translation>
    </message>
    <message>
        <source>Change the list</source>
        <translation>Cambiar la lista</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>New name for {habit}:</source>
        <translation>Nuevo nombre para {habit}:</translation>
    </message>
    <message>
        <source>Rename a habit</source>
        <translation>Renombrar un hábito</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <source>What do you want to tick off each day?</source>
        <translation>¿Qué quiere marcar cada día?</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message numerus="yes">
        <source>%n hours have {count} each</source>
        <translation>
            <numerusform>%n hora tiene {count}</numerusform>
            <numerusform>%n horas tienen {count} cada una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n espasmo</numerusform>
            <numerusform>%n espasmos</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>before your diary began</source>
        <translation>antes de empezar su diario</translation>
    </message>
    <message>
        <source>check in daily to see it</source>
        <translation>haga el repaso del día para verlo</translation>
    </message>
    <message>
        <source>no % change from a rating of 0</source>
        <translation>no hay cambio en % desde una puntuación de 0</translation>
    </message>
    <message>
        <source>no single busiest hour</source>
        <translation>ninguna hora destaca sola</translation>
    </message>
    <message>
        <source>no spasms logged</source>
        <translation>ningún espasmo anotado</translation>
    </message>
    <message>
        <source>none on most of these days</source>
        <translation>ninguno la mayoría de estos días</translation>
    </message>
    <message>
        <source>nothing to compare with before your diary began</source>
        <translation>nada que comparar antes de empezar su diario</translation>
    </message>
    <message>
        <source>too few check-in days to compare ({now} and {before}; {needed} needed in each period)</source>
        <translation>demasiado pocos días con repaso para comparar ({now} y {before}; hacen falta {needed} en cada periodo)</translation>
    </message>
    <message>
        <source>too little data: {spasms} spasms on {days} days needed</source>
        <translation>pocos datos: hacen falta {spasms} espasmos en {days} días</translation>
    </message>
    <message>
        <source>{change}, less than the {meaningful} % change trials call meaningful</source>
        <translation>{change}, menos que el cambio del {meaningful}&#xa0;% que los ensayos consideran relevante</translation>
    </message>
    <message>
        <source>{change}: a change of {meaningful} % or more is what trials call meaningful</source>
        <translation>{change}: un cambio del {meaningful}&#xa0;% o más es lo que los ensayos consideran relevante</translation>
    </message>
    <message>
        <source>{count} each</source>
        <comment>tied hours or triggers, each with this many spasms</comment>
        <translation>{count} cada uno</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list: the items before the last, and the last</comment>
        <translation>{items} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>{nrs} on %n days</source>
        <comment>a mean rating and the days it rests on</comment>
        <translation>
            <numerusform>{nrs} en %n día</numerusform>
            <numerusform>{nrs} en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{rated} of {spasms} rated</source>
        <translation>{rated} de {spasms} valorados</translation>
    </message>
    <message numerus="yes">
        <source>{triggers} and %n more</source>
        <translation>
            <numerusform>{triggers} y %n más</numerusform>
            <numerusform>{triggers} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} a day</source>
        <comment>spasms per day</comment>
        <translation>{value} al día</translation>
    </message>
    <message>
        <source>– (no check-in with a rating)</source>
        <translation>– (ningún repaso con puntuación)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Elija un día para ver todo lo que contiene. Los cambios se pueden deshacer.</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Ver hoy</translation>
    </message>
    <message>
        <source>Show yesterday</source>
        <translation>Ver ayer</translation>
    </message>
    <message>
        <source>Showing {day}.</source>
        <comment>{day}: the heading of the day shown</comment>
        <translation>Se muestra: {day}.</translation>
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
        <source>today</source>
        <comment>side effects of today</comment>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{moved} It is now in the diary of {day}. Undo with Ctrl+Z.</source>
        <translation>{moved} Ahora está en el diario del {day}. Deshacer con Ctrl+Z.</translation>
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
        <translation>Después de medianoche</translation>
    </message>
    <message>
        <source>Every spasm of the day is logged</source>
        <translation>Todos los espasmos del día están anotados</translation>
    </message>
    <message>
        <source>No spasms that day</source>
        <translation>Ningún espasmo ese día</translation>
    </message>
    <message>
        <source>Not woken by spasms</source>
        <translation>No me despertaron los espasmos</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Dolor {value} de 10</translation>
    </message>
    <message>
        <source>Sleep: fair</source>
        <translation>Sueño: regular</translation>
    </message>
    <message>
        <source>Sleep: good</source>
        <translation>Sueño: bueno</translation>
    </message>
    <message>
        <source>Sleep: poor</source>
        <translation>Sueño: malo</translation>
    </message>
    <message>
        <source>Sleep: {quality}</source>
        <translation>Sueño: {quality}</translation>
    </message>
    <message>
        <source>Spasticity {value} of 10</source>
        <translation>Espasticidad {value} de 10</translation>
    </message>
    <message>
        <source>That day: {factors}</source>
        <translation>Ese día: {factors}</translation>
    </message>
    <message numerus="yes">
        <source>Woken %n times</source>
        <translation>
            <numerusform>Me desperté %n vez</numerusform>
            <numerusform>Me desperté %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Woken 3 or more times</source>
        <translation>Me desperté 3 veces o más</translation>
    </message>
    <message>
        <source>Woken once</source>
        <translation>Me desperté una vez</translation>
    </message>
    <message>
        <source>Woken twice</source>
        <translation>Me desperté dos veces</translation>
    </message>
    <message>
        <source>next refill {day}</source>
        <translation>próxima recarga {day}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <comment>a dose</comment>
        <translation>nada anotado</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a dose</comment>
        <translation>omitida</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <comment>a dose</comment>
        <translation>omitida: {reason}</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a dose</comment>
        <translation>tomada</translation>
    </message>
    <message>
        <source>taken at {time}</source>
        <comment>a dose</comment>
        <translation>tomada a las {time}</translation>
    </message>
    <message>
        <source>{dose} (as needed)</source>
        <comment>&apos;Baclofen 5 mg (as needed)&apos;</comment>
        <translation>{dose} (a demanda)</translation>
    </message>
    <message>
        <source>{dose}: {state}</source>
        <comment>&apos;Baclofen 10 mg: taken at 08:10&apos;</comment>
        <translation>{dose}: {state}</translation>
    </message>
    <message>
        <source>{habit}: not ticked</source>
        <translation>{habit}: sin marcar</translation>
    </message>
    <message>
        <source>{relative} · {day}</source>
        <comment>&apos;Yesterday · Tuesday 10 March&apos;</comment>
        <translation>{relative} · {day}</translation>
    </message>
    <message>
        <source>{state} (entered later)</source>
        <comment>a dose</comment>
        <translation>{state} (anotada después)</translation>
    </message>
    <message>
        <source>{treatment}: {details}</source>
        <translation>{treatment}: {details}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <comment>the person&apos;s own note</comment>
        <translation>«{note}»</translation>
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
    <name>InsightsCommand</name>
    <message>
        <source>--from: that day is too long ago</source>
        <translation>--from: ese día es demasiado antiguo</translation>
    </message>
    <message>
        <source>--from: {first} is after the last day, {last}</source>
        <translation>--from: el {first} es posterior al último día, el {last}</translation>
    </message>
    <message>
        <source>--to: {day} is still to come</source>
        <translation>--to: el {day} todavía no ha llegado</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <comment>how the comparison was made</comment>
        <translation>Método: {method}</translation>
    </message>
    <message numerus="yes">
        <source>Not enough days yet (at least %n complete days with and %n without): {factors}.</source>
        <translation>
            <numerusform>Aún no hay días suficientes (al menos %n día completo con y %n sin): {factors}.</numerusform>
            <numerusform>Aún no hay días suficientes (al menos %n días completos con y %n sin): {factors}.</numerusform>
        </translation>
    </message>
    <message>
        <source>compare days with and without each check-in factor, habit, stretching and dose</source>
        <translation>comparar los días con y sin cada factor del repaso, hábito, estiramiento y toma</translation>
    </message>
    <message numerus="yes">
        <source>first day (default: %n days ago)</source>
        <translation>
            <numerusform>primer día (por defecto: hace %n día)</numerusform>
            <numerusform>primer día (por defecto: hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>mostrar los resultados en JSON</translation>
    </message>
    <message>
        <source>spasms: {comparison}</source>
        <translation>espasmos: {comparison}</translation>
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
            <numerusform>+%n punto</numerusform>
            <numerusform>+%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>A complete day is one the daily check-in says had every spasm logged (or none); days with nothing logged or said are unknown and never counted as calm. NRS, nights woken and pain are the person&apos;s own daily check-in answers (3 nights woken means three or more). The {mark} % mark: the change in the daily NRS that trials treat as meaningful. Changes compare the two periods only; they do not show a cause. Means are compared only with {days} days or more in each period. {before}: before the diary began; –: nothing to rest on. Nothing here is a clinical assessment.</source>
        <translation>Un día completo es uno en el que el repaso del día indica que se anotaron todos los espasmos (o que no hubo ninguno); los días sin nada anotado ni dicho son desconocidos y nunca cuentan como tranquilos. La NRS, los despertares nocturnos y el dolor son las respuestas de la propia persona en su repaso del día (3 despertares significa tres o más). El umbral del {mark} %: el cambio de la NRS diaria que los ensayos consideran relevante. Los cambios solo comparan los dos periodos; no muestran una causa. Las medias solo se comparan con {days} días o más en cada periodo. {before}: antes de empezar el diario; –: nada en que basarse. Nada de esto es una valoración clínica.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Días con estiramientos</translation>
    </message>
    <message>
        <source>Pain (0–10), daily mean</source>
        <translation>Dolor (0–10), media diaria</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Tomas previstas hechas</translation>
    </message>
    <message>
        <source>Spasms per complete day</source>
        <translation>Espasmos por día completo</translation>
    </message>
    <message>
        <source>Spasms per day with entries</source>
        <translation>Espasmos por día con anotaciones</translation>
    </message>
    <message>
        <source>Spasticity NRS (0–10), daily mean</source>
        <translation>Espasticidad NRS (0–10), media diaria</translation>
    </message>
    <message>
        <source>Times woken by spasms a night</source>
        <translation>Despertares por espasmos cada noche</translation>
    </message>
    <message>
        <source>no % change from 0</source>
        <translation>sin cambio en % desde 0</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>{change} (reaches the {mark} % mark)</source>
        <translation>{change} (alcanza el umbral del {mark} %)</translation>
    </message>
    <message>
        <source>{change} (under the {mark} % mark)</source>
        <translation>{change} (por debajo del umbral del {mark} %)</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n days</source>
        <translation>
            <numerusform>{count} de %n día</numerusform>
            <numerusform>{count} de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n complete days</source>
        <translation>
            <numerusform>{mean} en %n día completo</numerusform>
            <numerusform>{mean} en %n días completos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days</source>
        <translation>
            <numerusform>{mean} en %n día</numerusform>
            <numerusform>{mean} en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (none complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} en %n día (ninguno completo: pueden faltar espasmos)</numerusform>
            <numerusform>{mean} en %n días (ninguno completo: pueden faltar espasmos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n days (only {complete} complete: spasms may be missing)</source>
        <translation>
            <numerusform>{mean} en %n día (solo {complete} completos: pueden faltar espasmos)</numerusform>
            <numerusform>{mean} en %n días (solo {complete} completos: pueden faltar espasmos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} on %n nights</source>
        <translation>
            <numerusform>{mean} en %n noche</numerusform>
            <numerusform>{mean} en %n noches</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent} % ({taken} de {due})</translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n complete days in a period)</source>
        <translation>
            <numerusform>– (menos de %n día completo en un periodo)</numerusform>
            <numerusform>– (menos de %n días completos en un periodo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days in a period)</source>
        <translation>
            <numerusform>– (menos de %n día en un periodo)</numerusform>
            <numerusform>– (menos de %n días en un periodo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n days rated in a period)</source>
        <translation>
            <numerusform>– (menos de %n día valorado en un periodo)</numerusform>
            <numerusform>– (menos de %n días valorados en un periodo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>– (fewer than %n doses due in a period)</source>
        <translation>
            <numerusform>– (menos de %n toma prevista en un periodo)</numerusform>
            <numerusform>– (menos de %n tomas previstas en un periodo)</numerusform>
        </translation>
    </message>
    <message>
        <source>– (no day with entries)</source>
        <translation>– (ningún día con anotaciones)</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (aún no hay tomas anotadas)</translation>
    </message>
    <message>
        <source>– (no rating)</source>
        <translation>– (sin valoración)</translation>
    </message>
    <message>
        <source>– (not answered)</source>
        <translation>– (sin respuesta)</translation>
    </message>
    <message>
        <source>– (nothing before the diary)</source>
        <translation>– (nada antes del diario)</translation>
    </message>
    <message>
        <source>– (the previous period began before the diary)</source>
        <translation>– (el periodo anterior empezó antes del diario)</translation>
    </message>
    <message numerus="yes">
        <source>−%n points</source>
        <translation>
            <numerusform>−%n punto</numerusform>
            <numerusform>−%n puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message numerus="yes">
        <source>%n spasms</source>
        <translation>
            <numerusform>%n espasmo</numerusform>
            <numerusform>%n espasmos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spasms, rated {mean} on average, highest {peak}</source>
        <translation>
            <numerusform>%n espasmo, intensidad media {mean}, máxima {peak}</numerusform>
            <numerusform>%n espasmos, intensidad media {mean}, máxima {peak}</numerusform>
        </translation>
    </message>
    <message>
        <source>0–10: daily spasticity (dashed) · rating of logged spasms: mean (line), highest (▲)</source>
        <translation>0–10: espasticidad diaria (guiones) · espasmos anotados: media (línea), máx. (▲)</translation>
    </message>
    <message numerus="yes">
        <source>Each bar spans %n days: full colour up to the lowest of them, pale up to the highest.</source>
        <translation>
            <numerusform>Cada barra abarca %n día: color intenso hasta el valor más bajo, pálido hasta el más alto.</numerusform>
            <numerusform>Cada barra abarca %n días: color intenso hasta el valor más bajo, pálido hasta el más alto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a day to see its exact values. {zoom}</source>
        <translation>Señale un día para ver sus valores exactos. {zoom}</translation>
    </message>
    <message>
        <source>stretching: {completed} completed</source>
        <translation>estiramientos: {completed} completados</translation>
    </message>
    <message>
        <source>stretching: {completed} completed, {partial} partial</source>
        <translation>estiramientos: {completed} completados, {partial} parciales</translation>
    </message>
</context>
<context>
    <name>LanesChart</name>
    <message numerus="yes">
        <source>%n habits done</source>
        <translation>
            <numerusform>%n hábito hecho</numerusform>
            <numerusform>%n hábitos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Appointment: {clinician}</source>
        <translation>Cita: {clinician}</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Gráficos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Daily spasticity</source>
        <translation>Espasticidad diaria</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>Left and Right arrows move from day to day and read out that day&apos;s values. Plus and minus zoom in and out, 0 shows every day again.</source>
        <translation>Las flechas izquierda y derecha pasan de un día a otro y leen los valores del día. Más y menos acercan y alejan, 0 vuelve a mostrar todos los días.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Scheduled doses taken (%)</source>
        <translation>Tomas previstas hechas (%)</translation>
    </message>
    <message>
        <source>Self-care habits done</source>
        <translation>Hábitos de autocuidado hechos</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Espasmos al día</translation>
    </message>
    <message>
        <source>Stretch sessions: completed (filled), partial (outline)</source>
        <translation>Sesiones de estiramientos: completadas (rellenas), parciales (contorno)</translation>
    </message>
    <message>
        <source>Values of the day pointed at</source>
        <translation>Valores del día señalado</translation>
    </message>
    <message>
        <source>daily spasticity {rating} of 10</source>
        <translation>espasticidad diaria {rating} de 10</translation>
    </message>
    <message>
        <source>doses: {taken} of {due} taken</source>
        <translation>tomas: {taken} de {due} hechas</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>nada anotado</translation>
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
    <name>LongWork</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About MSLog</source>
        <translation>A&amp;cerca de MSLog</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Log a spasm now</source>
        <translation>&amp;Anotar un espasmo ahora</translation>
    </message>
    <message>
        <source>&amp;Print / save report…</source>
        <translation>Im&amp;primir / guardar el informe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;MSLog {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A private diary for multiple sclerosis spasms, stretching and medication.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer unless you export it.&lt;/p&gt;&lt;p&gt;MSLog records and summarises; it is not medical advice. Talk to your clinician before changing any treatment.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un diario privado para los espasmos, los estiramientos y la medicación en la esclerosis múltiple.&lt;/p&gt;&lt;p&gt;Su diario se queda en este ordenador, salvo que lo exporte.&lt;/p&gt;&lt;p&gt;MSLog anota y resume; no es consejo médico. Hable con su médico antes de cambiar un tratamiento.&lt;/p&gt;&lt;p&gt;Licencia: GNU GPL versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MSLog</source>
        <translation>Acerca de MSLog</translation>
    </message>
    <message>
        <source>Checklists</source>
        <comment>tab</comment>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Choose text size and colours…</source>
        <translation>Elegir el tamaño del texto y los colores…</translation>
    </message>
    <message>
        <source>Drawing your trends…</source>
        <translation>Dibujando sus tendencias…</translation>
    </message>
    <message>
        <source>History</source>
        <comment>tab</comment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>tab</comment>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>Saved at {time}. Details can wait.</source>
        <translation>Guardado a las {time}. Los detalles pueden esperar.</translation>
    </message>
    <message>
        <source>Spasm logged</source>
        <translation>Espasmo anotado</translation>
    </message>
    <message>
        <source>Stretch</source>
        <comment>tab</comment>
        <translation>Estirar</translation>
    </message>
    <message>
        <source>Trends</source>
        <comment>tab</comment>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>MedicationChanges</name>
    <message>
        <source>new schedule from {day}</source>
        <translation>nueva pauta desde el {day}</translation>
    </message>
    <message>
        <source>reminders off</source>
        <translation>avisos desactivados</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>avisos activados</translation>
    </message>
    <message>
        <source>renamed to {name}</source>
        <translation>ahora se llama {name}</translation>
    </message>
    <message>
        <source>{schedule} from {day}</source>
        <comment>&apos;15 mg ×2 from 12 March&apos;</comment>
        <translation>{schedule} desde el {day}</translation>
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
        <translation>A las {times}</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>Empieza el {day}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Taken when needed</source>
        <translation>Se toma a demanda</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>sin avisos</translation>
    </message>
    <message>
        <source>reminders on</source>
        <translation>avisos activados</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>3 times a day</source>
        <translation>3 veces al día</translation>
    </message>
    <message>
        <source>4 times a day</source>
        <translation>4 veces al día</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Amount per dose</source>
        <translation>Cantidad por toma</translation>
    </message>
    <message>
        <source>At set times each day</source>
        <translation>A horas fijas cada día</translation>
    </message>
    <message>
        <source>Change applies from</source>
        <translation>El cambio vale desde</translation>
    </message>
    <message>
        <source>Change {medication}</source>
        <translation>Cambiar {medication}</translation>
    </message>
    <message>
        <source>Choose or type any name</source>
        <translation>Elija o escriba un nombre</translation>
    </message>
    <message>
        <source>Enter the medication as prescribed. MSLog only keeps a record; it never suggests doses.</source>
        <translation>Anote el medicamento tal como se lo recetaron. MSLog solo lleva un registro; nunca sugiere dosis.</translation>
    </message>
    <message>
        <source>Enter what your prescriber told you. A change starts a new entry from the day you choose; earlier days keep what was true then.</source>
        <translation>Anote lo que le indicó quien se lo receta. Un cambio empieza una entrada nueva desde el día que elija; los días anteriores conservan lo que valía entonces.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Una vez al día</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Avisarme cuando toque una toma</translation>
    </message>
    <message>
        <source>So far: {history}</source>
        <translation>Hasta ahora: {history}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Concentración y forma</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>how a medication is taken</comment>
        <translation>Toma</translation>
    </message>
    <message>
        <source>Times and amounts</source>
        <translation>Horas y cantidades</translation>
    </message>
    <message>
        <source>Twice a day</source>
        <translation>Dos veces al día</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>A demanda</translation>
    </message>
    <message>
        <source>as prescribed</source>
        <translation>según la receta</translation>
    </message>
    <message>
        <source>capsules</source>
        <translation>cápsulas</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>gotas</translation>
    </message>
    <message>
        <source>e.g. tablets, liquid, spray</source>
        <translation>p. ej., comprimidos, líquido, espray</translation>
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
        <translation>parches</translation>
    </message>
    <message>
        <source>sprays</source>
        <translation>pulverizaciones</translation>
    </message>
    <message>
        <source>tablets</source>
        <translation>comprimidos</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <source>at {time}, {text} is not a number</source>
        <translation>a las {time}, {text} no es un número</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
    </message>
</context>
<context>
    <name>MedicationLine</name>
    <message>
        <source>Change {medication}</source>
        <translation>Cambiar {medication}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Dejar {medication}</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Dejar…</translation>
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
        <translation>Añadido: {medication}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Changed {name}: {changes}. Undo with Ctrl+Z.</source>
        <translation>{name} cambiado: {changes}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing changed for {name}.</source>
        <translation>Nada ha cambiado para {name}.</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>añadir {name}</translation>
    </message>
    <message>
        <source>change of {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>cambio de {name}</translation>
    </message>
    <message>
        <source>stopping {name}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>dejar {name}</translation>
    </message>
    <message>
        <source>{name} is stopped from {day}. Undo with Ctrl+Z.</source>
        <translation>{name} se deja a partir del {day}. Deshacer con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MedicationsCard</name>
    <message>
        <source>Add a medication…</source>
        <translation>Añadir un medicamento…</translation>
    </message>
    <message>
        <source>MSLog keeps a record of what you were prescribed and what you took. It never suggests doses: talk to your clinician before changing anything.</source>
        <translation>MSLog registra lo que le recetaron y lo que tomó. Nunca sugiere dosis: hable con su médico antes de cambiar nada.</translation>
    </message>
    <message>
        <source>No medications yet.</source>
        <translation>Aún no hay medicamentos.</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>Sus medicamentos</translation>
    </message>
</context>
<context>
    <name>MedicineMarkers</name>
    <message>
        <source>{medicine} started, {dose}</source>
        <translation>{medicine} iniciado, {dose}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} suspendido</translation>
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
        <translation>{day}, {time} después de medianoche</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message numerus="yes">
        <source>%n entries hold “{words}”, the newest %n are listed. Enter or a click opens the day.</source>
        <comment>more matched than are listed</comment>
        <translation>
            <numerusform>%n entrada contiene «{words}», se muestran las %n más recientes. Intro o un clic abre el día.</numerusform>
            <numerusform>%n entradas contienen «{words}», se muestran las %n más recientes. Intro o un clic abre el día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries hold “{words}”. Enter or a click opens the day.</source>
        <translation>
            <numerusform>%n entrada contiene «{words}». Intro o un clic abre el día.</numerusform>
            <numerusform>%n entradas contienen «{words}». Intro o un clic abre el día.</numerusform>
        </translation>
    </message>
    <message>
        <source>No note holds “{words}”.</source>
        <translation>Ninguna nota contiene «{words}».</translation>
    </message>
    <message>
        <source>Notes found: Enter opens the day</source>
        <translation>Notas encontradas: Intro abre el día</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Buscar en sus notas</translation>
    </message>
    <message>
        <source>Spasm notes, treatments and side effects of every day.</source>
        <translation>Notas de espasmos, tratamientos y efectos secundarios de todos los días.</translation>
    </message>
    <message>
        <source>Type a word or two from a note, then press Enter.</source>
        <translation>Escriba una o dos palabras de una nota y pulse Intro.</translation>
    </message>
    <message>
        <source>Words from a note</source>
        <translation>Palabras de una nota</translation>
    </message>
    <message>
        <source>Words to look for in your notes</source>
        <translation>Palabras que buscar en sus notas</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n hecho en parte</numerusform>
            <numerusform>%n hechos en parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltado</numerusform>
            <numerusform>%n saltados</numerusform>
        </translation>
    </message>
    <message>
        <source>A guided session: each movement is shown, timed and announced.</source>
        <translation>Una sesión guiada: cada movimiento se muestra, se cronometra y se anuncia.</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are; this makes your own copy to change</source>
        <translation>Las rutinas incluidas no cambian; así se crea una copia propia para modificar</translation>
    </message>
    <message>
        <source>Change the steps, times and rests</source>
        <translation>Cambiar los pasos, los tiempos y los descansos</translation>
    </message>
    <message>
        <source>Copy and edit</source>
        <translation>Copiar y editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Move slowly into each stretch and hold it still: no bouncing. A gentle pull is right; pain is not. Stop if it hurts or sets off a strong spasm. Check new stretches with your physiotherapist.</source>
        <translation>Entre despacio en cada estiramiento y manténgalo quieto, sin rebotes. Un tirón suave es correcto; el dolor no. Pare si duele o si provoca un espasmo fuerte. Consulte los estiramientos nuevos con su fisioterapeuta.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Some routine files could not be read and were left out:
{files}</source>
        <translation>Algunos archivos de rutina no se pudieron leer y se han dejado fuera:
{files}</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Avisos sonoros</translation>
    </message>
    <message>
        <source>Speak each step</source>
        <translation>Anunciar cada paso</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start  ·  {length}</source>
        <translation>Empezar · {length}</translation>
    </message>
    <message>
        <source>Start the chosen routine (Enter)</source>
        <translation>Empezar la rutina elegida (Intro)</translation>
    </message>
    <message>
        <source>Start {routine}, {length} minutes</source>
        <translation>Empezar {routine}, {length} minutos</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Your sessions will appear here.</source>
        <translation>Sus sesiones aparecerán aquí.</translation>
    </message>
    <message>
        <source>{name}  (yours)</source>
        <translation>{name}  (suya)</translation>
    </message>
    <message numerus="yes">
        <source>{outcome}: {done} of %n steps</source>
        <translation>
            <numerusform>{outcome}: {done} de %n paso</numerusform>
            <numerusform>{outcome}: {done} de %n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Hábito</translation>
    </message>
    <message>
        <source>Habit to try</source>
        <translation>Hábito que probar</translation>
    </message>
    <message>
        <source>Next Monday, {day}</source>
        <translation>El próximo lunes, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Plan the %n weeks</source>
        <translation>
            <numerusform>Planificar %n semana</numerusform>
            <numerusform>Planificar las %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks</source>
        <translation>
            <numerusform>Probar un hábito durante %n semana</numerusform>
            <numerusform>Probar un hábito durante %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a habit in planned weeks: {half} weeks with it and {half} without, taking turns, in an order drawn at random. Tick it on the days you do it, and fill in the daily check-in. After the {weeks} weeks MSLog compares your spasms in the weeks with and without it: an association in your own diary, not proof.</source>
        <translation>Pruebe un hábito en semanas planificadas: {half} semanas con él y {half} sin él, alternando, en un orden sorteado al azar. Márquelo los días que lo haga y rellene el repaso del día. Tras las {weeks} semanas, MSLog compara sus espasmos en las semanas con y sin él: una asociación en su propio diario, no una prueba.</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message numerus="yes">
        <source>%n seconds · breathe normally</source>
        <translation>
            <numerusform>%n segundo · respire con normalidad</numerusform>
            <numerusform>%n segundos · respire con normalidad</numerusform>
        </translation>
    </message>
    <message>
        <source>Another way to do it</source>
        <translation>Otra forma de hacerlo</translation>
    </message>
    <message>
        <source>Another way: {variant}</source>
        <translation>Otra forma: {variant}</translation>
    </message>
    <message>
        <source>Back to the step before, or restart this one (Left arrow)</source>
        <translation>Volver al paso anterior o empezar este de nuevo (flecha izquierda)</translation>
    </message>
    <message>
        <source>End the session now; what you did is saved</source>
        <translation>Terminar la sesión ahora; lo que ha hecho queda guardado</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Fill the screen (F11); Esc to leave</source>
        <translation>Pantalla completa (F11); Esc para salir</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Get into position · {amount}</source>
        <translation>Colóquese en posición · {amount}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Siguiente: {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o seguir (Espacio)</translation>
    </message>
    <message>
        <source>Paused. Press Resume (Space) when you are ready.</source>
        <translation>En pausa. Pulse Seguir (Espacio) cuando quiera.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Repetition {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation>Saltar  ▶</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Saltar el paso</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Pasar al paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Starting again in</source>
        <translation>Se reanuda en</translation>
    </message>
    <message>
        <source>Starting again…</source>
        <translation>Reanudando…</translation>
    </message>
    <message>
        <source>Step skipped. Why? (optional)</source>
        <translation>Paso saltado. ¿Por qué? (opcional)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo que queda de este paso</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Anterior</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: {doing}</source>
        <translation>Cancelar: {doing}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>This cannot be stopped part-way; it will not be long.</source>
        <translation>Esto no se puede detener a medias; no tardará mucho.</translation>
    </message>
    <message>
        <source>{doing}…</source>
        <comment>busy, without a measure of how far</comment>
        <translation>{doing}…</translation>
    </message>
    <message>
        <source>{doing}… {percent} %</source>
        <translation>{doing}… {percent} %</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why was it skipped?</source>
        <translation>¿Por qué se saltó?</translation>
    </message>
    <message>
        <source>{dose}: why was it skipped? (optional)</source>
        <translation>{dose}: ¿por qué se saltó? (opcional)</translation>
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
    <name>RefillBanner</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the pump refill reminder</source>
        <translation>Ocultar el aviso de recarga de la bomba</translation>
    </message>
    <message>
        <source>Once it is done, record it under Checklists ▸ Treatments.</source>
        <translation>Cuando esté hecho, anótelo en Listas ▸ Tratamientos.</translation>
    </message>
    <message>
        <source>Pump refill reminder</source>
        <translation>Aviso de recarga de la bomba</translation>
    </message>
</context>
<context>
    <name>RefillReminderUi</name>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Recarga de la bomba de baclofeno</translation>
    </message>
    <message>
        <source>Baclofen pump refill: {due}</source>
        <translation>Recarga de la bomba de baclofeno: {due}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>Toca %n toma</numerusform>
            <numerusform>Tocan %n tomas</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose reminder</source>
        <translation>Aviso de toma</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the reminder</source>
        <translation>Ocultar el aviso</translation>
    </message>
    <message>
        <source>Time for {dose}</source>
        <translation>Es la hora de {dose}</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>{dose}: reminding you again at {time}.</source>
        <translation>{dose}: se lo recordaremos de nuevo a las {time}.</translation>
    </message>
    <message>
        <source>{title}: {doses}.</source>
        <translation>{title}: {doses}.</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip: {dose}</source>
        <translation>Saltar: {dose}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <source>Snooze: {dose}</source>
        <translation>Posponer: {dose}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Taken: {dose}</source>
        <translation>Tomada: {dose}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n completed sessions</source>
        <translation>
            <numerusform>%n sesión completada</numerusform>
            <numerusform>%n sesiones completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days counted: {complete} complete, {partial} partial, {unknown} unknown</source>
        <translation>
            <numerusform>%n día contado: {complete} completos, {partial} parciales, {unknown} desconocidos</numerusform>
            <numerusform>%n días contados: {complete} completos, {partial} parciales, {unknown} desconocidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Appointment in this period: {visit}</source>
        <translation>Cita en este periodo: {visit}</translation>
    </message>
    <message>
        <source>Body locations: {found}</source>
        <translation>Zonas del cuerpo: {found}</translation>
    </message>
    <message>
        <source>Busiest hour: {hours}.</source>
        <translation>Hora con más espasmos: {hours}.</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <source>Complete days with / without</source>
        <translation>Días completos con / sin</translation>
    </message>
    <message>
        <source>Days with and without each factor (association, not proof)</source>
        <translation>Días con y sin cada factor (asociación, no prueba)</translation>
    </message>
    <message numerus="yes">
        <source>Days with stretching (a session or a stretching habit): {count} of %n days.</source>
        <translation>
            <numerusform>Días con estiramientos (una sesión o un hábito de estiramiento): {count} de %n día.</numerusform>
            <numerusform>Días con estiramientos (una sesión o un hábito de estiramiento): {count} de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>How: {method}</source>
        <translation>Cómo: {method}</translation>
    </message>
    <message>
        <source>Last before this period: {treatment}, {date}.</source>
        <translation>Último antes de este periodo: {treatment}, {date}.</translation>
    </message>
    <message>
        <source>Marked on spasms most often (number of spasms: a count, not a comparison)</source>
        <translation>Lo más marcado en los espasmos (número de espasmos: un recuento, no una comparación)</translation>
    </message>
    <message>
        <source>NRS with minus without (95&#xa0;% interval)</source>
        <translation>NRS con menos sin (intervalo del 95&#xa0;%)</translation>
    </message>
    <message>
        <source>Next pump refill noted as due {date}.</source>
        <translation>Próximo rellenado de la bomba anotado para el {date}.</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>No se anotaron espasmos en este periodo.</translation>
    </message>
    <message>
        <source>No trigger, body location or type marked on a spasm.</source>
        <translation>Ningún desencadenante, zona del cuerpo ni tipo marcado en un espasmo.</translation>
    </message>
    <message>
        <source>Notes from the diary (the most severe noted spasms)</source>
        <translation>Notas del diario (los espasmos con nota más intensos)</translation>
    </message>
    <message>
        <source>Penn frequency {level}</source>
        <translation>Frecuencia de Penn {level}</translation>
    </message>
    <message>
        <source>Previous appointment: {visit}</source>
        <translation>Cita anterior: {visit}</translation>
    </message>
    <message>
        <source>Previous period: {days}.</source>
        <translation>Periodo anterior: {days}.</translation>
    </message>
    <message>
        <source>Rate ratio (95&#xa0;% interval)</source>
        <translation>Razón de tasas (intervalo del 95&#xa0;%)</translation>
    </message>
    <message>
        <source>Self-care habits ticked (days): {habits}.</source>
        <translation>Hábitos de autocuidado marcados (días): {habits}.</translation>
    </message>
    <message>
        <source>Self-rated: this period {now}. Previous period {before}.</source>
        <translation>Autovaloración: este periodo {now}. Periodo anterior {before}.</translation>
    </message>
    <message>
        <source>Snow {level}</source>
        <translation>Snow {level}</translation>
    </message>
    <message>
        <source>Spasms a day, with vs without</source>
        <translation>Espasmos al día, con frente a sin</translation>
    </message>
    <message>
        <source>Stretch sessions in MSLog: {completed} and {partial} stopped early, on {days}.</source>
        <translation>Sesiones de estiramientos en MSLog: {completed} y {partial} detenidas antes de tiempo, en {days}.</translation>
    </message>
    <message>
        <source>Stretching and self-care</source>
        <translation>Estiramientos y autocuidado</translation>
    </message>
    <message>
        <source>This period: {days}.</source>
        <translation>Este periodo: {days}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Triggers: {found}</source>
        <translation>Desencadenantes: {found}</translation>
    </message>
    <message>
        <source>Types: {found}</source>
        <translation>Tipos: {found}</translation>
    </message>
    <message>
        <source>before the diary began</source>
        <translation>antes de empezar el diario</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nada anotado</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>el día siguiente</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <source>{answers}; answered {date}</source>
        <translation>{answers}; respondido el {date}</translation>
    </message>
    <message>
        <source>{appointment}: {note}</source>
        <translation>{appointment}: {note}</translation>
    </message>
    <message>
        <source>{date} with {clinician}</source>
        <translation>{date} con {clinician}</translation>
    </message>
    <message>
        <source>{date}: {treatment}</source>
        <comment>a treatment given</comment>
        <translation>{date}: {treatment}</translation>
    </message>
    <message>
        <source>{date}: {treatment} ({detail})</source>
        <comment>a treatment given, with its detail</comment>
        <translation>{date}: {treatment} ({detail})</translation>
    </message>
    <message>
        <source>{days} (today counts once it is over)</source>
        <translation>{days} (hoy cuenta cuando termine)</translation>
    </message>
    <message numerus="yes">
        <source>{days}; %n spasms logged</source>
        <translation>
            <numerusform>{days}; %n espasmo anotado</numerusform>
            <numerusform>{days}; %n espasmos anotados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) was at night, between {evening} and {morning} local time.</source>
        <comment>one spasm at night</comment>
        <translation>
            <numerusform>{night} de %n espasmo anotado ({share} %) fue de noche, entre las {evening} y las {morning}, hora local.</numerusform>
            <numerusform>{night} de %n espasmos anotados ({share} %) fue de noche, entre las {evening} y las {morning}, hora local.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{night} of %n spasms logged ({share} %) were at night, between {evening} and {morning} local time.</source>
        <translation>
            <numerusform>{night} de %n espasmo anotado ({share} %) fueron de noche, entre las {evening} y las {morning}, hora local.</numerusform>
            <numerusform>{night} de %n espasmos anotados ({share} %) fueron de noche, entre las {evening} y las {morning}, hora local.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due}; {skipped} skipped, {missing} not recorded)</source>
        <translation>{percent} % ({taken} de {due}; {skipped} omitidas, {missing} sin anotar)</translation>
    </message>
    <message>
        <source>{stood_out} These show an association, not proof: other things change on the same days.</source>
        <translation>{stood_out} Esto muestra una asociación, no una prueba: otras cosas cambian los mismos días.</translation>
    </message>
    <message>
        <source>{when} (severity {severity}): {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when} (intensidad {severity}): {note}</translation>
    </message>
    <message>
        <source>{when}: {note}</source>
        <comment>a spasm&apos;s note</comment>
        <translation>{when}: {note}</translation>
    </message>
    <message>
        <source>– (no doses recorded yet)</source>
        <translation>– (aún no hay tomas anotadas)</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from/--to: the JSON copy is always the whole diary; use CSV for a range</source>
        <translation>--from/--to: la copia JSON es siempre el diario entero; use CSV para un periodo</translation>
    </message>
    <message>
        <source>--since-last-appointment: give either it or --from/--to, not both</source>
        <translation>--since-last-appointment: indique esta opción o --from/--to, no ambas</translation>
    </message>
    <message>
        <source>Key numbers (this period; previous period; change):</source>
        <translation>Cifras clave (este periodo; periodo anterior; cambio):</translation>
    </message>
    <message>
        <source>Medicines (on the last day; changes in the period):</source>
        <translation>Medicamentos (el último día; cambios en el periodo):</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}</source>
        <translation>Informe de {period} guardado en {path}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <comment>a file written</comment>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>csv, json, or fhir (an HL7 FHIR R4 Bundle in JSON, for a clinic&apos;s system)</source>
        <translation>csv, json o fhir (un Bundle HL7 FHIR R4 en JSON, para el sistema de una consulta)</translation>
    </message>
    <message>
        <source>file to write; for CSV a .zip holds every file, a .csv gets the others next to it (default: print to the terminal; CSV: the spasm file only)</source>
        <translation>archivo que escribir; en CSV, un .zip contiene todos los archivos, junto a un .csv se guardan los demás (por defecto: mostrar en el terminal; CSV: solo el archivo de espasmos)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <source>first day (CSV and FHIR)</source>
        <translation>primer día (CSV y FHIR)</translation>
    </message>
    <message>
        <source>from the day after the last appointment (the default)</source>
        <translation>desde el día siguiente a la última cita (por defecto)</translation>
    </message>
    <message>
        <source>last day (CSV and FHIR)</source>
        <translation>último día (CSV y FHIR)</translation>
    </message>
    <message>
        <source>make a PDF report for an appointment</source>
        <translation>crear un informe PDF para una cita</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>a medicine in the period</comment>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>save your diary as CSV (spreadsheets), JSON (all) or FHIR (for a clinician)</source>
        <translation>guardar su diario como CSV (hojas de cálculo), JSON (todo) o FHIR (para un profesional sanitario)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que escribir</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>A one- or two-page summary of {range} (%n days) for your clinician: key numbers, charts, medication, triggers, notes and your questions.</source>
        <translation>
            <numerusform>Un resumen de una o dos páginas de {range} (%n día) para su médico: cifras clave, gráficos, medicación, desencadenantes, notas y sus preguntas.</numerusform>
            <numerusform>Un resumen de una o dos páginas de {range} (%n días) para su médico: cifras clave, gráficos, medicación, desencadenantes, notas y sus preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>Informe para la cita</translation>
    </message>
    <message>
        <source>Cancelled. No report was saved.</source>
        <translation>Cancelado. No se guardó ningún informe.</translation>
    </message>
    <message>
        <source>Cancelling saves no report.</source>
        <translation>Si cancela, no se guarda ningún informe.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Carta</translation>
    </message>
    <message>
        <source>MSLog report {first}_{last}.pdf</source>
        <comment>a file name; the days are ISO dates</comment>
        <translation>Informe MSLog {first}_{last}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Preparing your report</source>
        <translation>Preparando su informe</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>The report could not be saved: {problem}</source>
        <translation>No se pudo guardar el informe: {problem}</translation>
    </message>
</context>
<context>
    <name>ReportMedicines</name>
    <message numerus="yes">
        <source>%n earlier changes, the first {change}</source>
        <translation>
            <numerusform>%n cambio anterior, el primero {change}</numerusform>
            <numerusform>%n cambios anteriores, el primero {change}</numerusform>
        </translation>
    </message>
    <message>
        <source>No dose recorded yet, so not counted: {medicines}.</source>
        <translation>Aún no hay tomas anotadas, así que no se cuenta: {medicines}.</translation>
    </message>
    <message>
        <source>Scheduled doses count from each medicine&apos;s first dose recorded in MSLog; days before it are not counted as missed.</source>
        <translation>Las tomas previstas cuentan desde la primera toma anotada en MSLog de cada medicamento; los días anteriores no cuentan como olvidados.</translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days.</source>
        <translation>
            <numerusform>Efectos secundarios anotados en %n día.</numerusform>
            <numerusform>Efectos secundarios anotados en %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Side effects noted on %n days: {kinds}.</source>
        <translation>
            <numerusform>Efectos secundarios anotados en %n día: {kinds}.</numerusform>
            <numerusform>Efectos secundarios anotados en %n días: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>at night</source>
        <translation>por la noche</translation>
    </message>
    <message>
        <source>in the afternoon</source>
        <translation>por la tarde</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>al anochecer</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>por la mañana</translation>
    </message>
    <message>
        <source>no reason given ({count})</source>
        <translation>sin motivo ({count})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no dose skipped or unrecorded</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>other reasons ({count})</source>
        <translation>otros motivos ({count})</translation>
    </message>
    <message>
        <source>{count} not recorded</source>
        <comment>doses</comment>
        <translation>{count} sin anotar</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <comment>doses skipped</comment>
        <translation>{count} omitidas</translation>
    </message>
    <message>
        <source>{count} skipped: {reasons}</source>
        <comment>doses skipped</comment>
        <translation>{count} omitidas: {reasons}</translation>
    </message>
    <message>
        <source>{date} ({medicine}): {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date} ({medicine}): {note}</translation>
    </message>
    <message>
        <source>{date}: started, {prescription}</source>
        <translation>{date}: inicio, {prescription}</translation>
    </message>
    <message>
        <source>{date}: {change}</source>
        <comment>a change of a prescription</comment>
        <translation>{date}: {change}</translation>
    </message>
    <message>
        <source>{date}: {note}</source>
        <comment>a side effect noted</comment>
        <translation>{date}: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%n days)</source>
        <translation>
            <numerusform>{kind} (%n día)</numerusform>
            <numerusform>{kind} (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>{medicine} started {prescription}</source>
        <translation>{medicine}: inicio {prescription}</translation>
    </message>
    <message>
        <source>{medicine} stopped</source>
        <translation>{medicine} suspendido</translation>
    </message>
    <message>
        <source>{medicine} {change}</source>
        <comment>a chart label: a medicine changed</comment>
        <translation>{medicine} {change}</translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, all {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n toma si precisa, {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n tomas si precisa, todas {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, at different times of day.</source>
        <translation>
            <numerusform>{medicine}: %n toma si precisa, a distintas horas del día.</numerusform>
            <numerusform>{medicine}: %n tomas si precisa, a distintas horas del día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed, {most} of {all} {part_of_day}.</source>
        <translation>
            <numerusform>{medicine}: %n toma si precisa, {most} de {all} {part_of_day}.</numerusform>
            <numerusform>{medicine}: %n tomas si precisa, {most} de {all} {part_of_day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{medicine}: %n doses taken as needed.</source>
        <translation>
            <numerusform>{medicine}: %n toma si precisa.</numerusform>
            <numerusform>{medicine}: %n tomas si precisa.</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} % ({taken} of {due})</source>
        <translation>{percent} % ({taken} de {due})</translation>
    </message>
    <message>
        <source>– (as needed)</source>
        <translation>– (si precisa)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>(both 0–10, right)</source>
        <translation>(ambas 0–10, a la derecha)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Changes in this period</source>
        <translation>Cambios en este periodo</translation>
    </message>
    <message>
        <source>Check-in NRS</source>
        <translation>NRS del repaso</translation>
    </message>
    <message numerus="yes">
        <source>From the person&apos;s own MSLog diary: %n days, compared with the %n days before ({previous}). Prepared {date} with MSLog {version}.</source>
        <translation>
            <numerusform>Del propio diario MSLog de la persona: %n día, comparado con el %n día anterior ({previous}). Preparado el {date} con MSLog {version}.</numerusform>
            <numerusform>Del propio diario MSLog de la persona: %n días, comparados con los %n días anteriores ({previous}). Preparado el {date} con MSLog {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Lines: {kinds}.</source>
        <translation>Líneas: {kinds}.</translation>
    </message>
    <message>
        <source>MSLog report {period}</source>
        <translation>Informe de MSLog {period}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Fármaco</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>No spasms logged in this period</source>
        <translation>No se anotaron espasmos en este periodo</translation>
    </message>
    <message>
        <source>No spasms logged in this period.</source>
        <translation>No se anotaron espasmos en este periodo.</translation>
    </message>
    <message>
        <source>None written in MSLog.</source>
        <translation>Ninguna escrita en MSLog.</translation>
    </message>
    <message>
        <source>Numbered lines on the chart: {key}.</source>
        <translation>Líneas numeradas del gráfico: {key}.</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>El último día</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Questions for this appointment</source>
        <translation>Preguntas para esta cita</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Tomas previstas hechas</translation>
    </message>
    <message>
        <source>Skipped (commonest reasons); not recorded</source>
        <translation>Omitidas (motivos más frecuentes); sin anotar</translation>
    </message>
    <message>
        <source>Spasm diary summary · {period}</source>
        <translation>Resumen del diario de espasmos · {period}</translation>
    </message>
    <message>
        <source>Spasms</source>
        <translation>Espasmos</translation>
    </message>
    <message>
        <source>Spasms logged a day</source>
        <translation>Espasmos anotados al día</translation>
    </message>
    <message>
        <source>Spasms logged a day (weekly average)</source>
        <translation>Espasmos anotados al día (media semanal)</translation>
    </message>
    <message>
        <source>Spasms: {none}</source>
        <comment>the heat map&apos;s legend, from none</comment>
        <translation>Espasmos: {none}</translation>
    </message>
    <message>
        <source>Their mean rating</source>
        <translation>Su intensidad media</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Unknown day</source>
        <translation>Día desconocido</translation>
    </message>
    <message>
        <source>dashed: a medicine started, changed or stopped</source>
        <translation>discontinua: un medicamento iniciado, cambiado o suspendido</translation>
    </message>
    <message>
        <source>dotted: a treatment</source>
        <translation>punteada: un tratamiento</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no change of a medicine</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>solid: an appointment</source>
        <translation>continua: una cita</translation>
    </message>
    <message>
        <source>{number}: {date}, {label}</source>
        <comment>a numbered line on the chart</comment>
        <translation>{number}: {date}, {label}</translation>
    </message>
    <message>
        <source>{number}: {date}, {label} (its line is unlabelled: too close to others)</source>
        <translation>{number}: {date}, {label} (línea sin etiqueta: demasiado cerca de otras)</translation>
    </message>
    <message>
        <source>{peak}  (local time of day)</source>
        <comment>the heat map&apos;s legend, to the most</comment>
        <translation>{peak}  (hora local)</translation>
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
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation> s cada una</translation>
    </message>
    <message>
        <source> times</source>
        <comment>after a number of repetitions</comment>
        <translation> veces</translation>
    </message>
    <message numerus="yes">
        <source>%n steps · {length} with get-ready</source>
        <translation>
            <numerusform>%n paso · {length} con la preparación</numerusform>
            <numerusform>%n pasos · {length} con la preparación</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine needs at least one step.</source>
        <translation>Una rutina necesita al menos un paso.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Editar la rutina</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Mantener durante</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Mantener un tiempo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>No guardado: {field}: {problem}</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation>Repetir varias veces</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Descanso después</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>rest {seconds} s</source>
        <translation>descanso {seconds} s</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>is missing (reps and pace_s go together)</source>
        <translation>falta (reps y pace_s van juntos)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON ({where}: {problem})</source>
        <translation>no es JSON válido ({where}: {problem})</translation>
    </message>
    <message>
        <source>lasts {seconds} s; at most {most} s fit</source>
        <translation>dura {seconds} s; caben como mucho {most} s</translation>
    </message>
    <message>
        <source>must be an .svg file name without folders, not {name}</source>
        <translation>debe ser un nombre de archivo .svg sin carpetas, no {name}</translation>
    </message>
    <message>
        <source>needs duration_s, or reps with pace_s (not both)</source>
        <translation>necesita duration_s, o reps con pace_s (no ambos)</translation>
    </message>
    <message>
        <source>unknown exercise {key}</source>
        <translation>ejercicio desconocido {key}</translation>
    </message>
    <message>
        <source>{exercise} has no sides; use both</source>
        <translation>{exercise} no tiene lados; use both</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message numerus="yes">
        <source>%n steps · {length}</source>
        <translation>
            <numerusform>%n paso · {length}</numerusform>
            <numerusform>%n pasos · {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Routines</name>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>There is no routine {key} any more.</source>
        <translation>La rutina {key} ya no existe.</translation>
    </message>
    <message>
        <source>bundled routines cannot be changed</source>
        <translation>las rutinas incluidas no se pueden cambiar</translation>
    </message>
    <message>
        <source>bundled routines cannot be deleted</source>
        <translation>las rutinas incluidas no se pueden borrar</translation>
    </message>
    <message>
        <source>there is no data folder to save in</source>
        <translation>no hay carpeta de datos donde guardar</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (mi copia)</translation>
    </message>
</context>
<context>
    <name>RoutinesCommand</name>
    <message numerus="yes">
        <source>%n problems in {file}</source>
        <translation>
            <numerusform>%n problema en {file}</numerusform>
            <numerusform>%n problemas en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>(built in)</source>
        <comment>a routine that comes with MSLog</comment>
        <translation>(incluida)</translation>
    </message>
    <message>
        <source>(yours)</source>
        <comment>a routine the person made</comment>
        <translation>(suya)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Not loaded: {problem}</source>
        <translation>No cargada: {problem}</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>list stretch routines, or --check a routine file</source>
        <translation>listar las rutinas de estiramiento, o comprobar un archivo de rutina con --check</translation>
    </message>
    <message>
        <source>validate a routine file and print its problems</source>
        <translation>comprobar un archivo de rutina y mostrar sus problemas</translation>
    </message>
    <message numerus="yes">
        <source>{file}: OK, {name}: %n steps, {length}</source>
        <translation>
            <numerusform>{file}: OK, {name}: %n paso, {length}</numerusform>
            <numerusform>{file}: OK, {name}: %n pasos, {length}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>--out: {path} already exists; MSLog does not overwrite a file, give a new name or a folder</source>
        <translation>--out: {path} ya existe; MSLog no sobrescribe archivos, indique un nombre nuevo o una carpeta</translation>
    </message>
    <message>
        <source>No backups yet in {folder}</source>
        <translation>Aún no hay copias de seguridad en {folder}</translation>
    </message>
    <message>
        <source>Or run MSLog again to start a fresh, empty diary.</source>
        <translation>O vuelva a abrir MSLog para empezar un diario nuevo y vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n entries from {source}</source>
        <translation>
            <numerusform>%n entrada restaurada desde {source}</numerusform>
            <numerusform>%n entradas restauradas desde {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring the newest good backup: {backup}</source>
        <translation>Restaurando la copia de seguridad buena más reciente: {backup}</translation>
    </message>
    <message numerus="yes">
        <source>Saved a verified backup with %n entries: {path}</source>
        <translation>
            <numerusform>Copia de seguridad verificada con %n entrada guardada: {path}</numerusform>
            <numerusform>Copia de seguridad verificada con %n entradas guardada: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged diary is kept, unchanged, as {path}</source>
        <translation>El diario dañado se conserva, sin cambios, como {path}</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}.</source>
        <translation>No hay ninguna copia de seguridad buena en {folder}.</translation>
    </message>
    <message>
        <source>Your diary as it was is kept in {path}</source>
        <translation>Su diario tal como estaba se guarda en {path}</translation>
    </message>
    <message>
        <source>Your newest good backup ({backup}) can be restored with:</source>
        <translation>Su copia de seguridad buena más reciente ({backup}) se puede restaurar con:</translation>
    </message>
    <message>
        <source>add the entries of a JSON export (MSLog&apos;s own format)</source>
        <translation>añadir las entradas de una exportación JSON (el formato propio de MSLog)</translation>
    </message>
    <message>
        <source>give the backup file to restore, &apos;newest&apos;, or --list</source>
        <translation>indique el archivo de copia de seguridad que restaurar, &apos;newest&apos; o --list</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>listar las copias de seguridad en su lugar</translation>
    </message>
    <message>
        <source>replace the diary with a backup (the current one is kept)</source>
        <translation>sustituir el diario por una copia de seguridad (el actual se conserva)</translation>
    </message>
    <message>
        <source>save a verified copy of the diary now</source>
        <translation>guardar ahora una copia verificada del diario</translation>
    </message>
    <message>
        <source>the .json file written by mslog export</source>
        <translation>el archivo .json escrito por mslog export</translation>
    </message>
    <message>
        <source>the backup file, or &apos;newest&apos; for the newest good one</source>
        <translation>el archivo de copia de seguridad, o &apos;newest&apos; para la buena más reciente</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder)</source>
        <translation>dónde escribirla (por defecto: la carpeta de copias de seguridad)</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <source>Side effects: {words}</source>
        <translation>Efectos secundarios: {words}</translation>
    </message>
    <message>
        <source>{treatment}: {words}</source>
        <comment>a treatment and its words found</comment>
        <translation>{treatment}: {words}</translation>
    </message>
</context>
<context>
    <name>SelfRated</name>
    <message>
        <source>answer at least one question</source>
        <translation>responda al menos una pregunta</translation>
    </message>
    <message>
        <source>is asked only when spasms come (a frequency above 0)</source>
        <translation>solo se pregunta si hay espasmos (frecuencia por encima de 0)</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>debe estar entre {low} y {high}, no {value}</translation>
    </message>
    <message>
        <source>the answers are for {day}, not {other}</source>
        <translation>las respuestas son del {day}, no del {other}</translation>
    </message>
    <message>
        <source>{day} is still to come</source>
        <translation>{day} aún no ha llegado</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words})</source>
        <translation>{frequency} de 4 ({frequency_words})</translation>
    </message>
    <message>
        <source>{frequency} of 4 ({frequency_words}); severity {severity} of 3 ({severity_words})</source>
        <translation>{frequency} de 4 ({frequency_words}); intensidad {severity} de 3 ({severity_words})</translation>
    </message>
    <message>
        <source>{score} of 5 ({score_words})</source>
        <translation>{score} de 5 ({score_words})</translation>
    </message>
</context>
<context>
    <name>SelfRatingForm</name>
    <message>
        <source>Before the appointment: rate your spasms</source>
        <translation>Antes de la cita: valore sus espasmos</translation>
    </message>
    <message>
        <source>Last answered {day}: Penn {penn}; Snow {snow}.</source>
        <translation>Última respuesta el {day}: Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>Three questions from scales clinicians use (Penn and Snow). Answer any of them; they are kept with today&apos;s date and shown as self-rated in Trends and the report.</source>
        <translation>Tres preguntas de escalas que usan los profesionales (Penn y Snow). Responda las que quiera; se guardan con la fecha de hoy y se muestran como autovaloración en Tendencias y en el informe.</translation>
    </message>
</context>
<context>
    <name>SelfRatingOperations</name>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>No se ha guardado: {reason}.</translation>
    </message>
    <message>
        <source>Saved for {day}. Undo takes them back.</source>
        <translation>Guardado para el {day}. «Deshacer» las retira.</translation>
    </message>
    <message>
        <source>save self-rated answers</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>guardar sus respuestas</translation>
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
    <name>SeverityPicker</name>
    <message>
        <source>0 none</source>
        <translation>0 nada</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 la peor imaginable</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>one button of the scale: what is rated, its number</comment>
        <translation>{name} {value}</translation>
    </message>
    <message>
        <source>{name}, 0 to 10</source>
        <translation>{name}, de 0 a 10</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Every part of MSLog can be used from the keyboard.</source>
        <translation>Todo MSLog se puede usar con el teclado.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>SideEffectDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Notado</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Side effects after {dose}</source>
        <translation>Efectos secundarios tras {dose}</translation>
    </message>
    <message>
        <source>optional, in your own words</source>
        <translation>opcional, con sus propias palabras</translation>
    </message>
    <message>
        <source>{dose}: anything you noticed after it? Your clinician can read it in the report. Leave everything empty to remove a note.</source>
        <translation>{dose}: ¿notó algo después? Su médico puede leerlo en el informe. Deje todo vacío para quitar una nota.</translation>
    </message>
</context>
<context>
    <name>SnowScore</name>
    <message>
        <source>five to nine a day</source>
        <translation>de cinco a nueve al día</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>ningún espasmo</translation>
    </message>
    <message>
        <source>one or fewer a day</source>
        <translation>uno o menos al día</translation>
    </message>
    <message>
        <source>one to five a day</source>
        <translation>de uno a cinco al día</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>diez o más al día</translation>
    </message>
</context>
<context>
    <name>SoundAndVoice</name>
    <message>
        <source>No sound device was found</source>
        <translation>No se ha encontrado ningún dispositivo de sonido</translation>
    </message>
    <message>
        <source>No voice engine is installed</source>
        <translation>No hay ningún motor de voz instalado</translation>
    </message>
    <message>
        <source>No voice for {language} is installed</source>
        <translation>No hay ninguna voz instalada para {language}</translation>
    </message>
    <message>
        <source>Sounds cannot be played on this computer</source>
        <translation>No se pueden reproducir sonidos en este ordenador</translation>
    </message>
    <message>
        <source>The speech engine stopped working</source>
        <translation>El motor de voz ha dejado de funcionar</translation>
    </message>
    <message>
        <source>The voice engine could not start</source>
        <translation>El motor de voz no ha podido arrancar</translation>
    </message>
    <message>
        <source>To hear the steps read aloud, install speech-dispatcher and espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng), then restart MSLog.</source>
        <translation>Para oír los pasos en voz alta, instale speech-dispatcher y espeak-ng (Debian/Ubuntu: sudo apt install speech-dispatcher espeak-ng) y vuelva a abrir MSLog.</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud (a voice of another language would mangle the words); beeps still play. {install}</source>
        <translation>{problem}, así que los pasos no se leen en voz alta (una voz de otro idioma deformaría las palabras); los pitidos siguen sonando. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud. {install}</source>
        <translation>{problem}, así que los pasos no se leen en voz alta. {install}</translation>
    </message>
    <message>
        <source>{problem}, so steps are not read aloud; beeps still play. {install}</source>
        <translation>{problem}, así que los pasos no se leen en voz alta; los pitidos siguen sonando. {install}</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps and no voice. The screen shows every cue and the timer works as usual.</source>
        <translation>{problem}, así que no hay pitidos ni voz. La pantalla muestra cada señal y el temporizador funciona como siempre.</translation>
    </message>
    <message>
        <source>{problem}, so there are no beeps. The screen shows every cue.</source>
        <translation>{problem}, así que no hay pitidos. La pantalla muestra cada señal.</translation>
    </message>
</context>
<context>
    <name>SpasmChecks</name>
    <message>
        <source>No spasm entry with id {id}</source>
        <translation>No hay ningún espasmo con el id {id}</translation>
    </message>
    <message>
        <source>holds a character that is not UTF-8 text (a stray byte?); retype it</source>
        <translation>contiene un carácter que no es texto UTF-8 (¿un byte suelto?); escríbalo de nuevo</translation>
    </message>
    <message>
        <source>is not a field of a spasm entry</source>
        <translation>no es un campo de un espasmo</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit</source>
        <translation>tiene {length} caracteres; caben {most} como máximo</translation>
    </message>
    <message>
        <source>must be a date and time, not {value}</source>
        <translation>debe ser una fecha y hora, no {value}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>debe ser un número entero, no {value}</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>debe tener como máximo %n carácter</numerusform>
            <numerusform>debe tener como máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>must be from 0 to 10, not {value}</source>
        <translation>debe ir de 0 a 10, no {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {most} seconds (24 hours)</source>
        <translation>debe ir de 0 a {most} segundos (24 horas)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>debe ser texto, no {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>no puede contener caracteres de control</translation>
    </message>
    <message>
        <source>needs a time zone</source>
        <translation>necesita una zona horaria</translation>
    </message>
    <message>
        <source>the UTC offset {offset} is not one a time zone uses; give one from -12:00 to +14:00</source>
        <translation>el desfase UTC {offset} no lo usa ninguna zona horaria; indique uno de -12:00 a +14:00</translation>
    </message>
    <message>
        <source>unknown body location {value}</source>
        <translation>zona del cuerpo desconocida {value}</translation>
    </message>
    <message>
        <source>unknown type {value} (choose from {known})</source>
        <translation>tipo desconocido {value} (elija entre {known})</translation>
    </message>
    <message>
        <source>{day} is too long ago</source>
        <comment>{day}: the date given (1969-12-31)</comment>
        <translation>{day} queda demasiado lejos</translation>
    </message>
    <message>
        <source>{when} is in the future; a spasm can only be logged once it started</source>
        <translation>{when} está en el futuro; un espasmo solo se puede anotar cuando ya empezó</translation>
    </message>
</context>
<context>
    <name>SpasmCommands</name>
    <message numerus="yes">
        <source>%n spasms from {first} to {last}</source>
        <translation>
            <numerusform>%n espasmo del {first} al {last}</numerusform>
            <numerusform>%n espasmos del {first} al {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (none) to 10 (worst imaginable)</source>
        <translation>de 0 (nada) a 10 (lo peor imaginable)</translation>
    </message>
    <message>
        <source>Saved spasm at {time} (id {id})</source>
        <translation>Espasmo guardado: {time} (id {id})</translation>
    </message>
    <message>
        <source>a listed trigger or your own words (repeatable)</source>
        <translation>un desencadenante de la lista o sus propias palabras (repetible)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>first day (default: 6 days ago)</source>
        <translation>primer día (por defecto: hace 6 días)</translation>
    </message>
    <message>
        <source>how long it lasted, in seconds</source>
        <translation>cuánto duró, en segundos</translation>
    </message>
    <message>
        <source>print entries as a table</source>
        <translation>mostrar las entradas en una tabla</translation>
    </message>
    <message>
        <source>record a spasm (now, or --at a time)</source>
        <translation>anotar un espasmo (ahora, o a una hora con --at)</translation>
    </message>
    <message>
        <source>when it started: HH:MM or YYYY-MM-DD HH:MM</source>
        <translation>cuándo empezó: HH:MM o YYYY-MM-DD HH:MM</translation>
    </message>
</context>
<context>
    <name>SpasmDetailsDialog</name>
    <message>
        <source>The spasm at {time}</source>
        <translation>El espasmo de las {time}</translation>
    </message>
</context>
<context>
    <name>SpasmOperations</name>
    <message>
        <source>Deleted the spasm at {time}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se borró el espasmo de las {time}. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Deleted the {time} spasm from {day}. Undo with Ctrl+Z.</source>
        <translation>Se borró el espasmo de las {time} del {day}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Logged again: the spasm at {time}.</source>
        <translation>Anotado de nuevo: el espasmo de las {time}.</translation>
    </message>
    <message>
        <source>Moved the spasm back to {when}.</source>
        <translation>El espasmo vuelve a {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when} again.</source>
        <translation>El espasmo pasa de nuevo a {when}.</translation>
    </message>
    <message>
        <source>Moved the spasm to {when}.</source>
        <translation>El espasmo pasa a {when}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <source>Removed the spasm logged at {time}. Redo brings it back.</source>
        <translation>Se quitó el espasmo de las {time}. «Rehacer» lo recupera.</translation>
    </message>
    <message>
        <source>Restored the spasm at {time}.</source>
        <translation>Se recuperó el espasmo de las {time}.</translation>
    </message>
    <message>
        <source>delete of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>borrado del espasmo de las {time}</translation>
    </message>
    <message>
        <source>log of the spasm at {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>anotación del espasmo de las {time}</translation>
    </message>
    <message>
        <source>move of the spasm to {time}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>cambio del espasmo a las {time}</translation>
    </message>
    <message>
        <source>{saved}. Add details below if you like, or leave it.</source>
        <translation>{saved}. Añada detalles abajo si quiere, o déjelo así.</translation>
    </message>
</context>
<context>
    <name>SpasmTable</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
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
    <name>StopDialog</name>
    <message>
        <source>Before you stop</source>
        <translation>Antes de dejarlo</translation>
    </message>
    <message>
        <source>First day without it</source>
        <translation>Primer día sin él</translation>
    </message>
    <message>
        <source>From which day do you no longer take {medication}? Its history stays in your diary.</source>
        <translation>¿Desde qué día deja de tomar {medication}? Su historial se queda en su diario.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Acuerde antes cualquier retirada con quien se lo receta: algunos medicamentos para los espasmos no deben dejarse de golpe.</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Terminar y guardar</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Dejar {medication}</translation>
    </message>
    <message>
        <source>The timer is paused while you decide. What you have done so far is saved, and a step you are part-way through counts as partly done.</source>
        <translation>El temporizador está en pausa mientras decide. Lo que ha hecho hasta ahora queda guardado, y un paso empezado cuenta como hecho en parte.</translation>
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
    <name>StretchOperations</name>
    <message>
        <source>Not removed: {reason}.</source>
        <translation>No se ha quitado: {reason}.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Quitado: {what}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retirada: {what}</translation>
    </message>
</context>
<context>
    <name>StretchSessions</name>
    <message>
        <source>There is no stretch session {uuid}.</source>
        <translation>No hay ninguna sesión de estiramientos {uuid}.</translation>
    </message>
    <message>
        <source>it is being played now; stop it first</source>
        <translation>se está haciendo ahora; termínela primero</translation>
    </message>
    <message>
        <source>the {routine} session at {time} on {day}</source>
        <translation>la sesión «{routine}» del {day} a las {time}</translation>
    </message>
</context>
<context>
    <name>StretchTab</name>
    <message>
        <source>Delete routine?</source>
        <translation>¿Borrar la rutina?</translation>
    </message>
    <message>
        <source>Delete your routine “{name}”? Sessions already done stay in your history.</source>
        <translation>¿Borrar su rutina «{name}»? Las sesiones ya hechas se quedan en su historial.</translation>
    </message>
    <message>
        <source>Get ready. {step}</source>
        <translation>Prepárese. {step}</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>A mitad</translation>
    </message>
    <message>
        <source>Session ended. What you did is saved.</source>
        <translation>Sesión terminada. Lo que ha hecho queda guardado.</translation>
    </message>
    <message>
        <source>Well done. That is the end of the session.</source>
        <translation>Muy bien. Ha terminado la sesión.</translation>
    </message>
</context>
<context>
    <name>StretchWording</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Rest. Next: {exercise}</source>
        <translation>Descanso. Siguiente: {exercise}</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <source>Switch to the {side}</source>
        <translation>Cambio de lado: {side}</translation>
    </message>
    <message>
        <source>step {number} of {count} · {left} left</source>
        <translation>paso {number} de {count} · quedan {left}</translation>
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
        <translation>Hora con más espasmos</translation>
    </message>
    <message>
        <source>Counted from each medicine&apos;s first dose recorded in MSLog.</source>
        <translation>Contado desde la primera toma de cada medicamento anotada en MSLog.</translation>
    </message>
    <message>
        <source>Days with stretching</source>
        <translation>Días con estiramientos</translation>
    </message>
    <message>
        <source>How often you ticked a trigger on a spasm: a count, not a comparison.</source>
        <translation>Cuántas veces marcó un desencadenante en un espasmo: un recuento, no una comparación.</translation>
    </message>
    <message>
        <source>Mean rating of logged spasms</source>
        <translation>Intensidad media de los espasmos anotados</translation>
    </message>
    <message>
        <source>Penn and Snow, self-rated</source>
        <translation>Penn y Snow, autovalorados</translation>
    </message>
    <message>
        <source>Penn {penn}; Snow {snow}.</source>
        <translation>Penn {penn}; Snow {snow}.</translation>
    </message>
    <message>
        <source>Scheduled doses taken</source>
        <translation>Tomas previstas hechas</translation>
    </message>
    <message>
        <source>Snow score from the log (spasms per 24 h)</source>
        <translation>Puntuación de Snow del diario (espasmos por 24 h)</translation>
    </message>
    <message>
        <source>Spasms per day</source>
        <translation>Espasmos al día</translation>
    </message>
    <message>
        <source>Spasms per day rest on complete days (the check-in said every spasm was logged, or none happened) once there are 7 of them; until then on complete and partial days.</source>
        <translation>Los espasmos al día se basan en los días completos (el repaso dice que se anotó cada espasmo, o que no hubo ninguno) cuando hay 7; hasta entonces, en los días completos y parciales.</translation>
    </message>
    <message>
        <source>Spasticity, daily check-in (0–10)</source>
        <translation>Espasticidad, repaso del día (0–10)</translation>
    </message>
    <message>
        <source>The 0–10 spasticity rating of the daily check-in, averaged over the days that have one. A change is given in % only when both periods have {days} or more such days.</source>
        <translation>La puntuación de espasticidad de 0 a 10 del repaso del día, de media en los días que la tienen. Un cambio solo se da en % cuando los dos periodos tienen {days} días así o más.</translation>
    </message>
    <message>
        <source>The Snow spasm frequency score (1 none … 5 ten or more a day) of a typical day, worked out from your log, not asked.</source>
        <translation>La puntuación de frecuencia de espasmos de Snow (1 ninguno … 5 diez o más al día) de un día típico, calculada a partir de su diario, no preguntada.</translation>
    </message>
    <message>
        <source>The average 0–10 rating of the spasms you logged and rated.</source>
        <translation>La intensidad media de 0 a 10 de los espasmos que anotó y valoró.</translation>
    </message>
    <message>
        <source>Trigger marked most often</source>
        <translation>Desencadenante más marcado</translation>
    </message>
    <message>
        <source>no doses recorded yet</source>
        <translation>aún no hay tomas anotadas</translation>
    </message>
    <message>
        <source>not answered in these days (see Appointments)</source>
        <translation>sin respuesta en estos días (vea Citas)</translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms</source>
        <translation>
            <numerusform>en %n espasmo</numerusform>
            <numerusform>en %n espasmos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n spasms each</source>
        <translation>
            <numerusform>en %n espasmo cada uno</numerusform>
            <numerusform>en %n espasmos cada uno</numerusform>
        </translation>
    </message>
    <message>
        <source>your own answers, given {day}</source>
        <translation>sus propias respuestas, del {day}</translation>
    </message>
    <message>
        <source>{count} of {days}</source>
        <comment>days with stretching of the days in the range</comment>
        <translation>{count} de {days}</translation>
    </message>
    <message>
        <source>{level}, typical of the same days</source>
        <translation>{level}, típico de los mismos días</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <comment>a Snow score</comment>
        <translation>{score} de 5</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n hecho en parte</numerusform>
            <numerusform>%n hechos en parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltado</numerusform>
            <numerusform>%n saltados</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Sesión completa. Muy bien.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Session saved as unfinished.</source>
        <translation>Sesión guardada como no terminada.</translation>
    </message>
    <message>
        <source>Session stopped. What you did is saved.</source>
        <translation>Sesión detenida. Lo que ha hecho queda guardado.</translation>
    </message>
    <message>
        <source>This session is in your history. A drink of water and a rest are a good idea.</source>
        <translation>Esta sesión está en su historial. Beber un poco de agua y descansar es buena idea.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n steps done</source>
        <translation>
            <numerusform>pasos hechos: {done} de %n</numerusform>
            <numerusform>pasos hechos: {done} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{step} ({reason})</source>
        <translation>{step} ({reason})</translation>
    </message>
    <message>
        <source>{time} of stretching</source>
        <translation>{time} de estiramientos</translation>
    </message>
    <message>
        <source>· not reached</source>
        <translation>· no alcanzado</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– saltado</translation>
    </message>
    <message>
        <source>■  Session ended</source>
        <translation>■  Sesión terminada</translation>
    </message>
    <message>
        <source>◐ partly done</source>
        <translation>◐ hecho en parte</translation>
    </message>
    <message>
        <source>✓  All done</source>
        <translation>✓  Hecho</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ hecho</translation>
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
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <comment>hours and minutes, shown in an empty time</comment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930 (Up and Down: 5 minutes)</source>
        <translation>Escriba una hora como 09:30 o 930 (Arriba y Abajo: 5 minutos)</translation>
    </message>
    <message>
        <source>Type a time such as 09:30 or 930; Up and Down change it by 5 minutes</source>
        <translation>Escriba una hora como 09:30 o 930; Arriba y Abajo la cambian 5 minutos</translation>
    </message>
</context>
<context>
    <name>TimeOfDay</name>
    <message>
        <source>Each dot: spasms in that hour (size: how many; colour: worst)</source>
        <translation>Cada punto: espasmos en esa hora (tamaño: cuántos; color: el más fuerte)</translation>
    </message>
    <message>
        <source>Each dot: spasms in that hour over 32 days (size: how many)</source>
        <translation>Cada punto: espasmos en esa hora durante 32 días (tamaño: cuántos)</translation>
    </message>
</context>
<context>
    <name>TimeOfDayCharts</name>
    <message>
        <source>Dot colour: severity 0 (dark purple) → 10 (yellow); grey: not rated. Heatmap: darker = fewer, brighter = more.</source>
        <translation>Color del punto: intensidad 0 (morado oscuro) → 10 (amarillo); gris: sin valorar. Mapa de calor: más oscuro = menos, más claro = más.</translation>
    </message>
    <message>
        <source>Plus and minus zoom the days in and out, 0 resets.</source>
        <translation>Más y menos acercan y alejan los días, 0 restablece.</translation>
    </message>
    <message>
        <source>Point at a dot or a square to see its numbers. {zoom}</source>
        <translation>Señale un punto o un cuadro para ver sus cifras. {zoom}</translation>
    </message>
    <message>
        <source>Spasms by weekday and hour (local time)</source>
        <translation>Espasmos por día de la semana y hora (hora local)</translation>
    </message>
    <message>
        <source>Time of day charts</source>
        <translation>Gráficos por hora del día</translation>
    </message>
    <message>
        <source>spasms</source>
        <comment>the heatmap&apos;s colour scale</comment>
        <translation>espasmos</translation>
    </message>
    <message numerus="yes">
        <source>{weekday} {hours}: %n spasms in this range</source>
        <translation>
            <numerusform>{weekday} {hours}: %n espasmo en este periodo</numerusform>
            <numerusform>{weekday} {hours}: %n espasmos en este periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms</source>
        <translation>
            <numerusform>{when}, {hours}: %n espasmo</numerusform>
            <numerusform>{when}, {hours}: %n espasmos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, {hours}: %n spasms, worst severity {worst}</source>
        <translation>
            <numerusform>{when}, {hours}: %n espasmo, intensidad máxima {worst}</numerusform>
            <numerusform>{when}, {hours}: %n espasmos, intensidad máxima {worst}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimesEditor</name>
    <message>
        <source>Add a time</source>
        <translation>Añadir una hora</translation>
    </message>
    <message>
        <source>Amount at time {number}</source>
        <translation>Cantidad en la hora {number}</translation>
    </message>
    <message>
        <source>Leave empty for the usual amount per dose</source>
        <translation>Déjelo vacío para la cantidad habitual por toma</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove time {number}</source>
        <translation>Quitar la hora {number}</translation>
    </message>
    <message>
        <source>The amount at this time, if it differs (leave empty for the usual)</source>
        <translation>La cantidad a esta hora, si es distinta (vacío para la habitual)</translation>
    </message>
    <message>
        <source>Time {number}</source>
        <translation>Hora {number}</translation>
    </message>
    <message>
        <source>usual</source>
        <comment>the usual amount</comment>
        <translation>habitual</translation>
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
    <name>TrayIcon</name>
    <message>
        <source>How was today?…</source>
        <translation>¿Qué tal hoy?…</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Anotar un espasmo ahora</translation>
    </message>
    <message>
        <source>MSLog</source>
        <translation>MSLog</translation>
    </message>
    <message>
        <source>MSLog is still importing or restoring your diary. Once that ends, the reminder&apos;s buttons are in MSLog&apos;s window.</source>
        <translation>MSLog todavía está importando o restaurando su diario. Cuando termine, los botones del aviso están en la ventana de MSLog.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Open MSLog</source>
        <translation>Abrir MSLog</translation>
    </message>
    <message>
        <source>Quit MSLog</source>
        <translation>Salir de MSLog</translation>
    </message>
</context>
<context>
    <name>TreatmentCommands</name>
    <message>
        <source>No treatments recorded in that range.</source>
        <translation>No hay tratamientos anotados en ese periodo.</translation>
    </message>
    <message>
        <source>No treatments recorded.</source>
        <translation>No hay tratamientos anotados.</translation>
    </message>
    <message>
        <source>Recorded: {treatment}</source>
        <comment>a treatment saved</comment>
        <translation>Anotado: {treatment}</translation>
    </message>
    <message>
        <source>anything else worth keeping</source>
        <translation>cualquier otra cosa que valga la pena guardar</translation>
    </message>
    <message>
        <source>print the treatments, newest first</source>
        <translation>mostrar los tratamientos, el más reciente primero</translation>
    </message>
    <message>
        <source>record a treatment that happened</source>
        <translation>anotar un tratamiento recibido</translation>
    </message>
    <message>
        <source>record or list treatments such as injections, pump refills and physiotherapy</source>
        <translation>anotar o listar tratamientos como inyecciones, recargas de la bomba y fisioterapia</translation>
    </message>
    <message>
        <source>the day it happened (default: today)</source>
        <translation>el día del tratamiento (por defecto: hoy)</translation>
    </message>
    <message>
        <source>the first day to list</source>
        <translation>el primer día que listar</translation>
    </message>
    <message>
        <source>the last day to list</source>
        <translation>el último día que listar</translation>
    </message>
    <message>
        <source>the muscles or sites injected</source>
        <translation>los músculos o zonas inyectados</translation>
    </message>
    <message>
        <source>the pump&apos;s new rate, as your clinic gave it</source>
        <translation>el nuevo ritmo de la bomba, tal como se lo dio su clínica</translation>
    </message>
    <message>
        <source>what an &apos;other&apos; treatment was</source>
        <translation>qué fue un tratamiento &apos;other&apos;</translation>
    </message>
    <message>
        <source>what it was: {kinds}</source>
        <translation>qué fue: {kinds}</translation>
    </message>
    <message>
        <source>when the pump is next due a refill (a reminder)</source>
        <translation>cuándo toca la próxima recarga de la bomba (un recordatorio)</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>Change a treatment</source>
        <translation>Cambiar un tratamiento</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Músculos o zonas</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Nuevo caudal</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Próxima recarga prevista</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record a treatment</source>
        <translation>Anotar un tratamiento</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Avisarme</translation>
    </message>
    <message>
        <source>Remind me of the next refill</source>
        <translation>Avisarme de la próxima recarga</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Qué fue</translation>
    </message>
    <message>
        <source>Which treatment was it, and when? The rest is optional.</source>
        <translation>¿Qué tratamiento fue y cuándo? El resto es opcional.</translation>
    </message>
    <message>
        <source>e.g. TENS, hydrotherapy</source>
        <translation>p. ej., TENS, hidroterapia</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>optional, as your clinic set it</source>
        <translation>opcional, tal como lo fijó su clínica</translation>
    </message>
    <message>
        <source>optional, e.g. left calf</source>
        <translation>opcional, p. ej., pantorrilla izquierda</translation>
    </message>
</context>
<context>
    <name>TreatmentEvents</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Muscles or sites</source>
        <translation>Músculos o zonas</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>Nuevo caudal</translation>
    </message>
    <message>
        <source>Next refill due</source>
        <translation>Próxima recarga</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>No se ha guardado. {field}: {reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Qué fue</translation>
    </message>
    <message>
        <source>the baclofen pump dose change on {day}</source>
        <translation>el cambio de dosis de la bomba de baclofeno del {day}</translation>
    </message>
    <message>
        <source>the baclofen pump refill on {day}</source>
        <translation>la recarga de la bomba de baclofeno del {day}</translation>
    </message>
    <message>
        <source>the botulinum toxin injection on {day}</source>
        <translation>la inyección de toxina botulínica del {day}</translation>
    </message>
    <message>
        <source>the physiotherapy session on {day}</source>
        <translation>la sesión de fisioterapia del {day}</translation>
    </message>
    <message>
        <source>the {name} on {day}</source>
        <translation>«{name}» del {day}</translation>
    </message>
</context>
<context>
    <name>TreatmentLine</name>
    <message>
        <source>Change {treatment} on {day}</source>
        <translation>Cambiar {treatment} del {day}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {treatment} on {day}</source>
        <translation>Quitar {treatment} del {day}</translation>
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
        <translation>Nada ha cambiado: {what}.</translation>
    </message>
    <message>
        <source>Recorded {what}. Undo with Ctrl+Z.</source>
        <translation>Anotado: {what}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Removed {what}. Undo with Ctrl+Z.</source>
        <translation>Quitado: {what}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved {what}. Undo with Ctrl+Z.</source>
        <translation>Guardado: {what}. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>change of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>cambio: {what}</translation>
    </message>
    <message>
        <source>recording {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>anotación: {what}</translation>
    </message>
    <message>
        <source>removing {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>retirada: {what}</translation>
    </message>
</context>
<context>
    <name>TreatmentsCard</name>
    <message>
        <source>Injections, pump refills and sessions show as markers on Trends and in the report. A rate is kept as your clinic set it: MSLog never suggests one.</source>
        <translation>Las inyecciones, recargas de bomba y sesiones aparecen como marcas en Tendencias y en el informe. Un caudal se guarda tal como lo fijó su clínica: MSLog nunca sugiere uno.</translation>
    </message>
    <message>
        <source>No treatments recorded yet.</source>
        <translation>Aún no hay tratamientos anotados.</translation>
    </message>
    <message>
        <source>Record a treatment…</source>
        <translation>Anotar un tratamiento…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <comment>all the treatments</comment>
        <translation>
            <numerusform>Mostrar %n</numerusform>
            <numerusform>Mostrar los %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the latest only</source>
        <translation>Solo los más recientes</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
</context>
<context>
    <name>TrendRange</name>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Since last appointment</source>
        <translation>Desde la última cita</translation>
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
        <translation>Citas</translation>
    </message>
    <message>
        <source>Complete: the check-in says every spasm was logged, or that there were none. Partial: spasms logged without that. Unknown: nothing logged or said.</source>
        <translation>Completo: el repaso dice que se anotó cada espasmo, o que no hubo ninguno. Parcial: espasmos anotados sin eso. Desconocido: nada anotado ni dicho.</translation>
    </message>
    <message>
        <source>Nothing logged in these days yet. Choose a longer range, or log spasms on the Log tab and they will show here.</source>
        <translation>Aún no hay nada anotado en estos días. Elija un periodo más largo, o anote espasmos en la pestaña Anotar y aparecerán aquí.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>En el tiempo</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Print / save report…</source>
        <translation>Imprimir / guardar informe…</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation>Guardar imagen del gráfico</translation>
    </message>
    <message>
        <source>Save chart image…</source>
        <translation>Imagen del gráfico…</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>No se pudo guardar la imagen en {path}.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Trend views</source>
        <translation>Vistas de tendencias</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days (your diary had not begun in the days before)</source>
        <translation>
            <numerusform>{range} · %n día (su diario aún no había empezado los días anteriores)</numerusform>
            <numerusform>{range} · %n días (su diario aún no había empezado los días anteriores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{range} · %n days, compared with the %n before</source>
        <translation>
            <numerusform>{range} · %n día, comparado con el día anterior</numerusform>
            <numerusform>{range} · %n días, comparados con los %n anteriores</numerusform>
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
            <numerusform>Basado en {complete} días completos de %n: {with_it} en las semanas con ello y {without_it} en las semanas sin. Cada día cuenta según su semana prevista, se siguiera o no el plan ese día.</numerusform>
            <numerusform>Basado en {complete} días completos de %n: {with_it} en las semanas con ello y {without_it} en las semanas sin. Cada día cuenta según su semana prevista, se siguiera o no el plan ese día.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): no clear difference between the weeks (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Espasticidad diaria (0–10, del repaso del día): sin diferencia clara entre las semanas (diferencia {difference}, intervalo del 95 % de {low} a {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): not enough check-ins to compare ({days_with} days with it, {days_without} without; {needed} of each are needed).</source>
        <translation>Espasticidad diaria (0–10, del repaso del día): no hay repasos suficientes para comparar ({days_with} días con ello, {days_without} sin; hacen falta {needed} de cada).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} higher in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Espasticidad diaria (0–10, del repaso del día): {amount} más alta en las semanas con ello (diferencia {difference}, intervalo del 95 % de {low} a {high}).</translation>
    </message>
    <message>
        <source>Daily spasticity (0–10, from the check-in): {amount} lower in the weeks with it (difference {difference}, 95 % interval {low} to {high}).</source>
        <translation>Espasticidad diaria (0–10, del repaso del día): {amount} más baja en las semanas con ello (diferencia {difference}, intervalo del 95 % de {low} a {high}).</translation>
    </message>
    <message>
        <source>No habit with id {uuid}</source>
        <translation>Ningún hábito con el identificador {uuid}</translation>
    </message>
    <message>
        <source>No self-experiment with id {uuid}</source>
        <translation>Ninguna prueba personal con el identificador {uuid}</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without.</source>
        <translation>Espasmos por día completo: {with_it} en las semanas con ello, {without_it} en las semanas sin.</translation>
    </message>
    <message>
        <source>Spasms per complete day: {with_it} in the weeks with it, {without_it} in the weeks without; rate ratio {ratio} (95 % interval {low} to {high}).</source>
        <translation>Espasmos por día completo: {with_it} en las semanas con ello, {without_it} en las semanas sin; razón de tasas {ratio} (intervalo del 95 % de {low} a {high}).</translation>
    </message>
    <message numerus="yes">
        <source>The plan was followed on {followed} of %n days: {name} was ticked on {ticked} of {days_with} days in the weeks with it, and not ticked on {unticked} of {days_without} days in the weeks without.</source>
        <translation>
            <numerusform>El plan se siguió {followed} de %n días: {name} se marcó {ticked} de {days_with} días en las semanas con ello, y no se marcó {unticked} de {days_without} días en las semanas sin.</numerusform>
            <numerusform>El plan se siguió {followed} de %n días: {name} se marcó {ticked} de {days_with} días en las semanas con ello, y no se marcó {unticked} de {days_without} días en las semanas sin.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is an association in your own diary, not proof: other things change from week to week too.</source>
        <translation>Es una asociación en su propio diario, no una prueba: otras cosas también cambian de una semana a otra.</translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, %n weeks from {day}. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Prueba de {name}, %n semana desde el {day}. Semanas en el orden {order} (el orden se sorteó).</numerusform>
            <numerusform>Prueba de {name}, %n semanas desde el {day}. Semanas en el orden {order} (el orden se sorteó).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial of {name}, stopped on {day} after %n days. Weeks in the order {order} (the order was drawn at random).</source>
        <translation>
            <numerusform>Prueba de {name}, detenida el {day} tras %n día. Semanas en el orden {order} (el orden se sorteó).</numerusform>
            <numerusform>Prueba de {name}, detenida el {day} tras %n días. Semanas en el orden {order} (el orden se sorteó).</numerusform>
        </translation>
    </message>
    <message>
        <source>a trial starts today or later</source>
        <translation>una prueba empieza hoy o más tarde</translation>
    </message>
    <message>
        <source>a trial starts within the next 4 weeks</source>
        <translation>una prueba empieza dentro de las próximas 4 semanas</translation>
    </message>
    <message>
        <source>fewer spasms in the weeks with it</source>
        <translation>menos espasmos en las semanas con ello</translation>
    </message>
    <message>
        <source>more spasms in the weeks with it</source>
        <translation>más espasmos en las semanas con ello</translation>
    </message>
    <message>
        <source>must be an even number from {low} to {high}</source>
        <translation>debe ser un número par de {low} a {high}</translation>
    </message>
    <message>
        <source>must be {low} to {high} letters A or B</source>
        <translation>debe tener de {low} a {high} letras A o B</translation>
    </message>
    <message>
        <source>needs weeks both with (A) and without (B) the habit</source>
        <translation>necesita semanas con (A) y sin (B) el hábito</translation>
    </message>
    <message>
        <source>no clear difference</source>
        <translation>sin diferencia clara</translation>
    </message>
    <message>
        <source>not enough complete days to compare: {days_with} in the weeks with it and {days_without} without; {needed} of each are needed</source>
        <translation>no hay días completos suficientes para comparar: {days_with} en las semanas con ello y {days_without} sin; hacen falta {needed} de cada</translation>
    </message>
    <message>
        <source>the trial of {name} is already over</source>
        <translation>la prueba de {name} ya ha terminado</translation>
    </message>
    <message>
        <source>the trial of {name} runs until {day}; stop it first to plan another</source>
        <translation>la prueba de {name} dura hasta el {day}; deténgala primero para planear otra</translation>
    </message>
    <message>
        <source>the trial to restore has another id</source>
        <translation>la prueba que se va a recuperar tiene otro identificador</translation>
    </message>
    <message>
        <source>too few spasms on these days to compare</source>
        <translation>muy pocos espasmos en estos días para comparar</translation>
    </message>
    <message>
        <source>uses only the letters A and B, not {value}</source>
        <translation>usa solo las letras A y B, no {value}</translation>
    </message>
    <message>
        <source>with</source>
        <comment>a week with the habit</comment>
        <translation>con</translation>
    </message>
    <message>
        <source>without</source>
        <translation>sin</translation>
    </message>
    <message>
        <source>{caution} The interval comes from redrawing whole weeks at random, the same method as the factors on the Trends tab.</source>
        <translation>{caution} El intervalo sale de volver a sortear semanas enteras, el mismo método que los factores de la pestaña Tendencias.</translation>
    </message>
    <message>
        <source>{name} is no longer on the checklist</source>
        <translation>{name} ya no está en la lista</translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week with it.</source>
        <translation>
            <numerusform>{name}: una prueba de %n semana empieza el {day}, la primera semana con ello.</numerusform>
            <numerusform>{name}: una prueba de %n semanas empieza el {day}, la primera semana con ello.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: a %n-week trial starts on {day}, the first week without it.</source>
        <translation>
            <numerusform>{name}: una prueba de %n semana empieza el {day}, la primera semana sin ello.</numerusform>
            <numerusform>{name}: una prueba de %n semanas empieza el {day}, la primera semana sin ello.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: do it that week (week {week} of {weeks})</source>
        <translation>{name}: hágalo esa semana (semana {week} de {weeks})</translation>
    </message>
    <message>
        <source>{name}: do it this week (week {week} of {weeks})</source>
        <translation>{name}: hágalo esta semana (semana {week} de {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it that week (week {week} of {weeks})</source>
        <translation>{name}: no lo haga esa semana (semana {week} de {weeks})</translation>
    </message>
    <message>
        <source>{name}: skip it this week (week {week} of {weeks})</source>
        <translation>{name}: no lo haga esta semana (semana {week} de {weeks})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: the %n-week trial ended on {day}.</source>
        <translation>
            <numerusform>{name}: la prueba de %n semana terminó el {day}.</numerusform>
            <numerusform>{name}: la prueba de %n semanas terminó el {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: the trial was stopped on {day}.</source>
        <translation>{name}: la prueba se detuvo el {day}.</translation>
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
            <numerusform>Añada primero un hábito y luego pruébelo durante %n semana.</numerusform>
            <numerusform>Añada primero un hábito y luego pruébelo durante %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its result compares the weeks with and without it.</source>
        <translation>Su resultado compara las semanas con y sin él.</translation>
    </message>
    <message>
        <source>Not sure whether a habit makes a difference for you? Try it in planned weeks.</source>
        <translation>¿No sabe si un hábito le sirve? Pruébelo en semanas planificadas.</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Ver el resultado</translation>
    </message>
    <message>
        <source>Self-experiment</source>
        <translation>Autoexperimento</translation>
    </message>
    <message>
        <source>Stop the trial</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <source>The trial of {habit} ended on {day}.</source>
        <translation>La prueba de {habit} terminó el {day}.</translation>
    </message>
    <message>
        <source>Trial of {habit}: the result</source>
        <translation>Prueba de {habit}: el resultado</translation>
    </message>
    <message numerus="yes">
        <source>Try a habit for %n weeks…</source>
        <translation>
            <numerusform>Probar un hábito %n semana…</numerusform>
            <numerusform>Probar un hábito %n semanas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try another habit for %n weeks…</source>
        <translation>
            <numerusform>Probar otro hábito %n semana…</numerusform>
            <numerusform>Probar otro hábito %n semanas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks in an order drawn at random ({order}). The result comes after {day}.</source>
        <translation>Semanas en un orden sorteado ({order}). El resultado llega después del {day}.</translation>
    </message>
</context>
<context>
    <name>Trials</name>
    <message>
        <source>Not saved. {reason}.</source>
        <translation>No se ha guardado. {reason}.</translation>
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
    <name>UndoSteps</name>
    <message>
        <source>Could not redo it: {reason}</source>
        <translation>No se pudo rehacer: {reason}</translation>
    </message>
    <message>
        <source>Could not undo it: {reason}</source>
        <translation>No se pudo deshacer: {reason}</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Rehecho: {what}.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undone: {what}. Redo brings it back.</source>
        <comment>{what}: the undo step, as in the Edit menu</comment>
        <translation>Deshecho: {what}. «Rehacer» lo recupera.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>&lt;p&gt;MSLog is a diary for multiple sclerosis spasms. Press one big button when a spasm starts; add details later, or never.&lt;/p&gt;&lt;p&gt;It can also guide a short daily stretch, keep a checklist of your medicines and self-care, and print a one-page summary for your appointments.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your diary stays on this computer.&lt;/b&gt; Nothing is sent anywhere unless you export it yourself.&lt;/p&gt;&lt;p&gt;MSLog records and summarises. It is not medical advice: please talk to your clinician before changing any treatment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MSLog es un diario de los espasmos de la esclerosis múltiple. Pulse un botón grande cuando empiece un espasmo; los detalles, más tarde o nunca.&lt;/p&gt;&lt;p&gt;También puede guiar unos estiramientos diarios cortos, llevar una lista de sus medicamentos y autocuidados, e imprimir un resumen de una página para sus citas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Su diario se queda en este ordenador.&lt;/b&gt; No se envía nada a ningún sitio, salvo que usted mismo lo exporte.&lt;/p&gt;&lt;p&gt;MSLog anota y resume. No es consejo médico: hable con su médico antes de cambiar un tratamiento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A quick set-up (all optional)</source>
        <translation>Una configuración rápida (todo opcional)</translation>
    </message>
    <message>
        <source>Add another medicine…</source>
        <translation>Añadir otro medicamento…</translation>
    </message>
    <message>
        <source>Add my medicines…</source>
        <translation>Añadir mis medicamentos…</translation>
    </message>
    <message>
        <source>Added: {medicine}</source>
        <translation>Añadido: {medicine}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Choose my daily stretch routine</source>
        <translation>Elegir mis estiramientos diarios</translation>
    </message>
    <message>
        <source>Choose the one that suits you today; each takes about five minutes. You can change it any time on the Stretch tab.</source>
        <translation>Elija la que le venga bien hoy; cada una dura unos cinco minutos. Puede cambiarla cuando quiera en la pestaña Estirar.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Remind me when a dose is due</source>
        <translation>Avisarme cuando toque una toma</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip set-up</source>
        <translation>Omitir la configuración</translation>
    </message>
    <message>
        <source>Stretch routines</source>
        <translation>Rutinas de estiramientos</translation>
    </message>
    <message>
        <source>Use this routine</source>
        <translation>Usar esta rutina</translation>
    </message>
    <message>
        <source>Welcome to MSLog</source>
        <translation>Le damos la bienvenida a MSLog</translation>
    </message>
    <message>
        <source>You can do any of this later, or not at all.</source>
        <translation>Puede hacerlo más tarde, o nunca.</translation>
    </message>
    <message>
        <source>Your daily routine: {name} ({summary}). It is ready on the Stretch tab.</source>
        <translation>Su rutina diaria: {name} ({summary}). Está lista en la pestaña Estirar.</translation>
    </message>
    <message>
        <source>Your daily stretch routine</source>
        <translation>Sus estiramientos diarios</translation>
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
    <name>cautions</name>
    <message>
        <source>Cold eases spasms for some people and makes them worse for others.</source>
        <translation>El frío alivia los espasmos a algunas personas y los empeora a otras.</translation>
    </message>
    <message>
        <source>Warm, not hot: heat can make MS symptoms worse for a while, and skin that feels less burns more easily.</source>
        <translation>Templado, no caliente: el calor puede empeorar un rato los síntomas de la EM, y la piel con menos sensibilidad se quema más fácilmente.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Bladder problem</source>
        <translation>Problema de vejiga</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Estreñimiento</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Hot weather or overheating</source>
        <translation>Calor o sobrecalentamiento</translation>
    </message>
    <message>
        <source>Infection or illness</source>
        <translation>Infección o enfermedad</translation>
    </message>
    <message>
        <source>Long time sitting or lying still</source>
        <translation>Mucho rato sentado o tumbado</translation>
    </message>
    <message>
        <source>New or tight splint, shoes or clothing</source>
        <translation>Férula, zapatos o ropa ajustados</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Malo</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Mal sueño</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <source>bladder problem</source>
        <translation>problema de vejiga</translation>
    </message>
    <message>
        <source>constipation</source>
        <translation>estreñimiento</translation>
    </message>
    <message>
        <source>hot weather or overheating</source>
        <translation>calor o sobrecalentamiento</translation>
    </message>
    <message>
        <source>infection or illness</source>
        <translation>infección o enfermedad</translation>
    </message>
    <message>
        <source>long time sitting or lying still</source>
        <translation>mucho rato sentado o tumbado</translation>
    </message>
    <message>
        <source>new or tight splint, shoes or clothing</source>
        <translation>férula, zapatos o ropa ajustados</translation>
    </message>
    <message>
        <source>period</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>mal sueño</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>estrés</translation>
    </message>
</context>
<context>
    <name>exercise</name>
    <message>
        <source>A carer can hold the leg for you while you lie on your side.</source>
        <translation>Un cuidador puede sujetarle la pierna mientras está tumbado de lado.</translation>
    </message>
    <message>
        <source>A gentle pull, never pain.</source>
        <translation>Un tirón suave, nunca dolor.</translation>
    </message>
    <message>
        <source>A leg over the edge can set off a spasm: if it does, bend the knee and bring the leg back onto the bed.</source>
        <translation>Una pierna por fuera del borde puede provocar un espasmo: si pasa, doble la rodilla y vuelva a subir la pierna a la cama.</translation>
    </message>
    <message>
        <source>Ankle rolls</source>
        <translation>Círculos de tobillo</translation>
    </message>
    <message>
        <source>Bend the knee of your {side} and bring the heel towards you.</source>
        <translation>Doble la rodilla de {side} y acerque el talón hacia usted.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and roll to the other side.</source>
        <translation>Vuelva a pasarlas por el centro y llévelas al otro lado.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Estiramiento de gemelos</translation>
    </message>
    <message>
        <source>Cross your arms over your chest or hold the armrest.</source>
        <translation>Cruce los brazos sobre el pecho o agárrese al reposabrazos.</translation>
    </message>
    <message>
        <source>Draw slow circles with the toes of that foot, as big as feels easy.</source>
        <translation>Dibuje círculos lentos con los dedos de ese pie, tan grandes como le resulte cómodo.</translation>
    </message>
    <message>
        <source>Ease in gently; the fingers may be tight.</source>
        <translation>Hágalo con suavidad; los dedos pueden estar rígidos.</translation>
    </message>
    <message>
        <source>Foot pumps</source>
        <translation>Bombeo de pies</translation>
    </message>
    <message>
        <source>Gently draw the toes back towards you until you feel a stretch in the calf.</source>
        <translation>Tire suavemente de los dedos hacia usted hasta notar un estiramiento en el gemelo.</translation>
    </message>
    <message>
        <source>Halfway through, circle the other way.</source>
        <translation>A mitad, gire en el otro sentido.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Estiramiento de isquiotibiales</translation>
    </message>
    <message>
        <source>Have someone nearby who can help you back onto the bed.</source>
        <translation>Tenga cerca a alguien que pueda ayudarle a volver a la cama.</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Estiramiento de flexores de cadera</translation>
    </message>
    <message>
        <source>Hold gently, then come back to the middle.</source>
        <translation>Manténgase con suavidad y luego vuelva al centro.</translation>
    </message>
    <message>
        <source>Hold it still the whole time and breathe; do not bounce.</source>
        <translation>Manténgalo quieto todo el tiempo y respire; sin rebotes.</translation>
    </message>
    <message>
        <source>Hold still, breathing normally; do not bounce.</source>
        <translation>Quédese quieto, respirando con normalidad; sin rebotes.</translation>
    </message>
    <message>
        <source>Hold still, then lift the head back to the middle.</source>
        <translation>Quédese quieto y luego vuelva a llevar la cabeza al centro.</translation>
    </message>
    <message>
        <source>Hold the ankle, or a strap round it, and ease it back a little.</source>
        <translation>Sujete el tobillo, o una cinta a su alrededor, y llévelo con suavidad un poco hacia atrás.</translation>
    </message>
    <message>
        <source>Hold the chair if you feel unsteady.</source>
        <translation>Agárrese a la silla si se siente inestable.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe.</source>
        <translation>Mantenga el estiramiento y respire.</translation>
    </message>
    <message>
        <source>Hold there, relaxed, and breathe.</source>
        <translation>Manténgase así, relajado, y respire.</translation>
    </message>
    <message>
        <source>Hold your {side} out in front, palm facing down.</source>
        <translation>Extienda {side} hacia delante, con la palma hacia abajo.</translation>
    </message>
    <message>
        <source>Hug the knee of your {other} towards your chest.</source>
        <translation>Abrace la rodilla de {other} hacia el pecho.</translation>
    </message>
    <message>
        <source>If a foot starts to jerk, rest it flat on the floor until it settles.</source>
        <translation>Si un pie empieza a dar sacudidas, apóyelo plano en el suelo hasta que se calme.</translation>
    </message>
    <message>
        <source>If this sets off a spasm, bring the knees back together slowly.</source>
        <translation>Si esto provoca un espasmo, vuelva a juntar las rodillas despacio.</translation>
    </message>
    <message>
        <source>In a wheelchair: rest the heel on a stool and use the strap the same way.</source>
        <translation>En silla de ruedas: apoye el talón en un taburete y use la cinta de la misma manera.</translation>
    </message>
    <message>
        <source>Inner thigh stretch</source>
        <translation>Estiramiento de la cara interna del muslo</translation>
    </message>
    <message>
        <source>Keep a slow, even rhythm and breathe normally.</source>
        <translation>Mantenga un ritmo lento y regular y respire con normalidad.</translation>
    </message>
    <message>
        <source>Keep breathing; do not twist with a jerk.</source>
        <translation>Siga respirando; no gire de golpe.</translation>
    </message>
    <message>
        <source>Keep looking forward; do not lift the shoulder.</source>
        <translation>Siga mirando al frente; no suba el hombro.</translation>
    </message>
    <message>
        <source>Keep the elbow straight but not locked.</source>
        <translation>Mantenga el codo recto pero no bloqueado.</translation>
    </message>
    <message>
        <source>Keep the knee soft rather than locked.</source>
        <translation>Mantenga la rodilla suelta, no bloqueada.</translation>
    </message>
    <message>
        <source>Keep the movement smooth and unhurried.</source>
        <translation>Haga el movimiento suave y sin prisa.</translation>
    </message>
    <message>
        <source>Keep your back long; do not curl forward.</source>
        <translation>Mantenga la espalda larga; no se encorve hacia delante.</translation>
    </message>
    <message>
        <source>Keep your knees close together and hold still.</source>
        <translation>Mantenga las rodillas juntas y quédese quieto.</translation>
    </message>
    <message>
        <source>Keep your shoulders resting on the bed or mat.</source>
        <translation>Mantenga los hombros apoyados en la cama o la esterilla.</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Balanceo de rodillas</translation>
    </message>
    <message>
        <source>Let both knees fall slowly out to the sides.</source>
        <translation>Deje caer despacio las dos rodillas hacia los lados.</translation>
    </message>
    <message>
        <source>Let both knees roll slowly to one side, as far as is comfortable.</source>
        <translation>Deje que las dos rodillas caigan despacio hacia un lado, hasta donde le resulte cómodo.</translation>
    </message>
    <message>
        <source>Let your {side} slide over the edge of the bed and lower slowly.</source>
        <translation>Deje que {side} se deslice por el borde de la cama y baje despacio.</translation>
    </message>
    <message>
        <source>Lie on your back on a firm bed, with your {side} nearest the edge.</source>
        <translation>Túmbese boca arriba en una cama firme, con {side} junto al borde.</translation>
    </message>
    <message>
        <source>Lie on your back with knees bent and feet flat.</source>
        <translation>Túmbese boca arriba con las rodillas dobladas y los pies planos.</translation>
    </message>
    <message>
        <source>Lie on your side with your {side} on top; rest your head on your arm or a pillow.</source>
        <translation>Túmbese de lado con {side} arriba; apoye la cabeza en el brazo o en una almohada.</translation>
    </message>
    <message>
        <source>Lift both shoulders up towards your ears.</source>
        <translation>Suba los dos hombros hacia las orejas.</translation>
    </message>
    <message>
        <source>Lift your {side} a little, or rest its heel on the floor.</source>
        <translation>Levante un poco {side}, o deje el talón apoyado en el suelo.</translation>
    </message>
    <message>
        <source>Loop a towel or strap around the ball of that foot.</source>
        <translation>Pase una toalla o una cinta alrededor de la planta de ese pie, bajo los dedos.</translation>
    </message>
    <message>
        <source>Lying: do it on your back with a pillow under each knee.</source>
        <translation>Tumbado: hágalo boca arriba con una almohada bajo cada rodilla.</translation>
    </message>
    <message>
        <source>Lying: do the same with your leg resting on the bed.</source>
        <translation>Tumbado: haga lo mismo con la pierna apoyada en la cama.</translation>
    </message>
    <message>
        <source>Lying: loop a strap around the foot and raise the straight leg gently.</source>
        <translation>Tumbado: pase una cinta alrededor del pie y levante con suavidad la pierna estirada.</translation>
    </message>
    <message>
        <source>Lying: point and flex your feet with your legs resting on the bed.</source>
        <translation>Tumbado: estire y flexione los pies con las piernas apoyadas en la cama.</translation>
    </message>
    <message>
        <source>Lying: roll your shoulders gently against the bed.</source>
        <translation>Tumbado: haga girar los hombros con suavidad contra la cama.</translation>
    </message>
    <message>
        <source>Move slowly; go only as far as feels easy.</source>
        <translation>Muévase despacio; llegue solo hasta donde le resulte fácil.</translation>
    </message>
    <message>
        <source>Move slowly; stop if the ankle starts to jerk or shake.</source>
        <translation>Muévase despacio; pare si el tobillo empieza a dar sacudidas o a temblar.</translation>
    </message>
    <message>
        <source>Neck side bend</source>
        <translation>Inclinación lateral del cuello</translation>
    </message>
    <message>
        <source>Only do this on a firm, steady bed.</source>
        <translation>Hágalo solo en una cama firme y estable.</translation>
    </message>
    <message>
        <source>Pull your toes up towards your shins, keeping the heels down.</source>
        <translation>Suba los dedos hacia las espinillas, con los talones en el suelo.</translation>
    </message>
    <message>
        <source>Rest there and let gravity do the work.</source>
        <translation>Quédese así y deje que la gravedad haga el trabajo.</translation>
    </message>
    <message>
        <source>Roll them back and then down, in one slow circle.</source>
        <translation>Llévelos hacia atrás y luego hacia abajo, en un círculo lento.</translation>
    </message>
    <message>
        <source>Seated: turn the knees gently from side to side.</source>
        <translation>Sentado: gire las rodillas con suavidad de un lado a otro.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Círculos de hombros</translation>
    </message>
    <message>
        <source>Sit tall with your arms resting loosely; in a wheelchair, put the brakes on.</source>
        <translation>Siéntese erguido con los brazos apoyados y sueltos; en silla de ruedas, ponga los frenos.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed and down; in a wheelchair, put the brakes on.</source>
        <translation>Siéntese erguido con los hombros relajados y bajos; en silla de ruedas, ponga los frenos.</translation>
    </message>
    <message>
        <source>Sit tall, then lean forward slowly from the hips until you feel the back of that thigh.</source>
        <translation>Siéntese erguido y luego inclínese despacio hacia delante desde las caderas hasta notar la parte de atrás de ese muslo.</translation>
    </message>
    <message>
        <source>Sit well back (in a wheelchair, put the brakes on) or lie down, knees bent and the soles of your feet together.</source>
        <translation>Siéntese bien atrás (en silla de ruedas, ponga los frenos) o túmbese, con las rodillas dobladas y las plantas de los pies juntas.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair (in a wheelchair, put the brakes on) with your {side} out straight in front.</source>
        <translation>Siéntese bien atrás en una silla estable (en silla de ruedas, ponga los frenos) con {side} estirada hacia delante.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair, both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Siéntese bien atrás en una silla estable, con los dos pies en el suelo; en silla de ruedas, ponga los frenos.</translation>
    </message>
    <message>
        <source>Sit well back in a steady chair; in a wheelchair, put the brakes on.</source>
        <translation>Siéntese bien atrás en una silla estable; en silla de ruedas, ponga los frenos.</translation>
    </message>
    <message>
        <source>Sit well back in your chair with both feet on the floor; in a wheelchair, put the brakes on.</source>
        <translation>Siéntese bien atrás en su silla con los dos pies en el suelo; en silla de ruedas, ponga los frenos.</translation>
    </message>
    <message>
        <source>Sit well back with both feet resting on the floor in front of you; in a wheelchair, put the brakes on.</source>
        <translation>Siéntese bien atrás con los dos pies apoyados en el suelo delante de usted; en silla de ruedas, ponga los frenos.</translation>
    </message>
    <message>
        <source>Slowly tip your head to your {side}, ear towards that shoulder.</source>
        <translation>Incline despacio la cabeza {side}, con la oreja hacia ese hombro.</translation>
    </message>
    <message>
        <source>Stop if the knee hurts.</source>
        <translation>Pare si le duele la rodilla.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy, tingling or pain.</source>
        <translation>Pare si nota mareo, hormigueo o dolor.</translation>
    </message>
    <message>
        <source>Stop where you feel a gentle stretch along the inner thighs.</source>
        <translation>Pare donde note un estiramiento suave por la cara interna de los muslos.</translation>
    </message>
    <message>
        <source>Straighten your {side} out in front, heel on the floor, toes up.</source>
        <translation>Estire {side} hacia delante, con el talón en el suelo y los dedos hacia arriba.</translation>
    </message>
    <message>
        <source>Then press the toes down, lifting the heels.</source>
        <translation>Después apriete los dedos hacia abajo, levantando los talones.</translation>
    </message>
    <message>
        <source>Thigh stretch</source>
        <translation>Estiramiento del muslo</translation>
    </message>
    <message>
        <source>Trunk rotation</source>
        <translation>Rotación del tronco</translation>
    </message>
    <message>
        <source>Turn only as far as is comfortable.</source>
        <translation>Gire solo hasta donde le resulte cómodo.</translation>
    </message>
    <message>
        <source>Turn your shoulders slowly to your {side}, keeping your hips still.</source>
        <translation>Gire despacio los hombros {side}, sin mover las caderas.</translation>
    </message>
    <message>
        <source>Use a strap if you cannot reach the ankle.</source>
        <translation>Use una cinta si no llega al tobillo.</translation>
    </message>
    <message>
        <source>With your other hand, ease its fingers gently back and up.</source>
        <translation>Con la otra mano, lleve con suavidad sus dedos hacia atrás y hacia arriba.</translation>
    </message>
    <message>
        <source>Wrist and finger stretch</source>
        <translation>Estiramiento de muñeca y dedos</translation>
    </message>
</context>
<context>
    <name>habits</name>
    <message>
        <source>Cold pack</source>
        <translation>Bolsa de frío</translation>
    </message>
    <message>
        <source>Drink water</source>
        <translation>Beber agua</translation>
    </message>
    <message>
        <source>Heating pad</source>
        <translation>Almohadilla térmica</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Warm shower or bath</source>
        <translation>Ducha o baño templado</translation>
    </message>
</context>
<context>
    <name>medicines</name>
    <message>
        <source>Baclofen</source>
        <translation>Baclofeno</translation>
    </message>
    <message>
        <source>Clinician&apos;s advice</source>
        <translation>Indicación del profesional sanitario</translation>
    </message>
    <message>
        <source>Clonazepam</source>
        <translation>Clonazepam</translation>
    </message>
    <message>
        <source>Dantrolene</source>
        <translation>Dantroleno</translation>
    </message>
    <message>
        <source>Diazepam</source>
        <translation>Diazepam</translation>
    </message>
    <message>
        <source>Felt too drowsy</source>
        <translation>Demasiada somnolencia</translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Olvido</translation>
    </message>
    <message>
        <source>Gabapentin</source>
        <translation>Gabapentina</translation>
    </message>
    <message>
        <source>Nabiximols (Sativex)</source>
        <translation>Nabiximoles (Sativex)</translation>
    </message>
    <message>
        <source>Pregabalin</source>
        <translation>Pregabalina</translation>
    </message>
    <message>
        <source>Ran out</source>
        <translation>Se acabó</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Tizanidine</source>
        <translation>Tizanidina</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>A short everyday set for the legs and shoulders: ankles, calves, hamstrings and a gentle roll. Sitting in a chair, with a towel for the calf stretch.</source>
        <translation>Una serie corta para cada día, para piernas y hombros: tobillos, gemelos, isquiotibiales y un giro suave. Sentado en una silla, con una toalla para el estiramiento de gemelos.</translation>
    </message>
    <message>
        <source>Daily 5-minute routine</source>
        <translation>Rutina diaria de 5 minutos</translation>
    </message>
    <message>
        <source>Everything done sitting down, in a chair or wheelchair with the brakes on: feet, calves, trunk, neck, shoulders and hands, each stretch held for 30 seconds.</source>
        <translation>Todo se hace sentado, en una silla o en silla de ruedas con los frenos puestos: pies, gemelos, tronco, cuello, hombros y manos, cada estiramiento durante 30 segundos.</translation>
    </message>
    <message>
        <source>Gentle bedtime routine</source>
        <translation>Rutina suave antes de dormir</translation>
    </message>
    <message>
        <source>Seated / wheelchair routine</source>
        <translation>Rutina sentado / en silla de ruedas</translation>
    </message>
    <message>
        <source>Slow stretches lying on the bed to ease the legs before sleep, each held for 30 seconds. Long rests, nothing hurried; have someone nearby for the hip stretch.</source>
        <translation>Estiramientos lentos tumbado en la cama para aliviar las piernas antes de dormir, cada uno durante 30 segundos. Descansos largos, sin prisa; tenga a alguien cerca para el estiramiento de cadera.</translation>
    </message>
</context>
<context>
    <name>self_rating</name>
    <message>
        <source>Between five and nine a day</source>
        <translation>Entre cinco y nueve al día</translation>
    </message>
    <message>
        <source>Between one and five a day</source>
        <translation>Entre uno y cinco al día</translation>
    </message>
    <message>
        <source>Full spasms, less than once an hour</source>
        <translation>Espasmos claros, menos de una vez por hora</translation>
    </message>
    <message>
        <source>How strong are they, usually?</source>
        <translation>¿Qué intensidad tienen, normalmente?</translation>
    </message>
    <message>
        <source>Lately, how often do your spasms come?</source>
        <translation>Últimamente, ¿con qué frecuencia le vienen los espasmos?</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leves</translation>
    </message>
    <message>
        <source>Mild, only when touched or moved</source>
        <translation>Leves, solo al tocar o mover</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderados</translation>
    </message>
    <message>
        <source>No spasms</source>
        <translation>Sin espasmos</translation>
    </message>
    <message>
        <source>On a usual day, how many spasms do you have?</source>
        <translation>En un día normal, ¿cuántos espasmos tiene?</translation>
    </message>
    <message>
        <source>One spasm a day or fewer</source>
        <translation>Un espasmo al día o menos</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Fuertes</translation>
    </message>
    <message>
        <source>Spasms more than once an hour</source>
        <translation>Espasmos más de una vez por hora</translation>
    </message>
    <message>
        <source>Spasms more than ten times an hour</source>
        <translation>Espasmos más de diez veces por hora</translation>
    </message>
    <message>
        <source>Ten or more a day</source>
        <translation>Diez o más al día</translation>
    </message>
    <message>
        <source>between five and nine a day</source>
        <translation>entre cinco y nueve al día</translation>
    </message>
    <message>
        <source>between one and five a day</source>
        <translation>entre uno y cinco al día</translation>
    </message>
    <message>
        <source>full spasms, less than once an hour</source>
        <translation>espasmos claros, menos de una vez por hora</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leves</translation>
    </message>
    <message>
        <source>mild, only when touched or moved</source>
        <translation>leves, solo al tocar o mover</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderados</translation>
    </message>
    <message>
        <source>no spasms</source>
        <translation>sin espasmos</translation>
    </message>
    <message>
        <source>one spasm a day or fewer</source>
        <translation>un espasmo al día o menos</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>fuertes</translation>
    </message>
    <message>
        <source>spasms more than once an hour</source>
        <translation>espasmos más de una vez por hora</translation>
    </message>
    <message>
        <source>spasms more than ten times an hour</source>
        <translation>espasmos más de diez veces por hora</translation>
    </message>
    <message>
        <source>ten or more a day</source>
        <translation>diez o más al día</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier sitio</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Repaso del día</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Close (every answer is already saved)</source>
        <translation>Cerrar (cada respuesta ya está guardada)</translation>
    </message>
    <message>
        <source>Export your diary</source>
        <translation>Exportar su diario</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Pantalla completa / salir de ella</translation>
    </message>
    <message>
        <source>Go to Log, Stretch, Checklists, Trends or History</source>
        <translation>Ir a Anotar, Estirar, Listas, Gráficos o Historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>How was today? (the daily check-in)</source>
        <translation>¿Qué tal hoy? (el repaso del día)</translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation>Importar un archivo de diario</translation>
    </message>
    <message>
        <source>In a row of choices (0-10, chips; one Tab stop): move; Space or Enter picks</source>
        <translation>En una fila de opciones (0-10, chips; una parada de Tab): moverse; Espacio o Intro elige</translation>
    </message>
    <message>
        <source>Log a spasm now</source>
        <translation>Anotar un espasmo ahora</translation>
    </message>
    <message>
        <source>Move between buttons and fields</source>
        <translation>Moverse entre botones y campos</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausa o seguir</translation>
    </message>
    <message>
        <source>Press the button that has the focus ring</source>
        <translation>Pulsar el botón con el marco de foco</translation>
    </message>
    <message>
        <source>Previous step / skip step</source>
        <translation>Paso anterior / saltar paso</translation>
    </message>
    <message>
        <source>Print or save the appointment report</source>
        <translation>Imprimir o guardar el informe para la cita</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Step through the days and hear their values</source>
        <translation>Recorrer los días y oír sus valores</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <source>The day before / the day after</source>
        <translation>El día anterior / el día siguiente</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Trends charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Zoom in / out, show every day again (Ctrl+wheel zooms too)</source>
        <translation>Acercar / alejar, volver a mostrar todos los días (Ctrl+rueda también)</translation>
    </message>
</context>
<context>
    <name>side</name>
    <message>
        <source>BOTH</source>
        <translation>AMBOS</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>IZQUIERDA</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DERECHA</translation>
    </message>
    <message>
        <source>both arms</source>
        <translation>ambos brazos</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>ambas piernas</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>brazo izquierdo</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>brazo derecho</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
</context>
<context>
    <name>side_effects</name>
    <message>
        <source>Dizziness</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>mareo</translation>
    </message>
    <message>
        <source>drowsiness</source>
        <translation>somnolencia</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>náuseas</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>debilidad</translation>
    </message>
</context>
<context>
    <name>side_in_sentence</name>
    <message>
        <source>chosen arm</source>
        <translation>el brazo elegido</translation>
    </message>
    <message>
        <source>chosen leg</source>
        <translation>la pierna elegida</translation>
    </message>
    <message>
        <source>chosen side</source>
        <translation>hacia el lado elegido</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>su brazo izquierdo</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>su pierna izquierda</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>hacia la izquierda</translation>
    </message>
    <message>
        <source>other arm</source>
        <translation>el otro brazo</translation>
    </message>
    <message>
        <source>other leg</source>
        <translation>la otra pierna</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>hacia el otro lado</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>su brazo derecho</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>su pierna derecha</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>hacia la derecha</translation>
    </message>
</context>
<context>
    <name>skip_reason</name>
    <message>
        <source>A spasm</source>
        <translation>Un espasmo</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Dolía</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Too tired</source>
        <translation>Demasiado cansancio</translation>
    </message>
</context>
<context>
    <name>stretch_outcome</name>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>No terminada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Terminada antes</translation>
    </message>
</context>
<context>
    <name>treatments</name>
    <message>
        <source>Baclofen pump dose change</source>
        <translation>Cambio de dosis de la bomba de baclofeno</translation>
    </message>
    <message>
        <source>Baclofen pump refill</source>
        <translation>Recarga de la bomba de baclofeno</translation>
    </message>
    <message>
        <source>Botulinum toxin injection</source>
        <translation>Inyección de toxina botulínica</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Otro tratamiento</translation>
    </message>
    <message>
        <source>Physio</source>
        <translation>Fisio</translation>
    </message>
    <message>
        <source>Physiotherapy session</source>
        <translation>Sesión de fisioterapia</translation>
    </message>
    <message>
        <source>Pump change</source>
        <translation>Cambio de bomba</translation>
    </message>
    <message>
        <source>Pump refill</source>
        <translation>Recarga de bomba</translation>
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
