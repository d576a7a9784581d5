<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Fair</source>
        <comment>sleep</comment>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Fill in the day&apos;s check-in; every option may be left out. With no option (or --show) it prints the day&apos;s check-in.</source>
        <translation>Rellenar el repaso del día; cada opción se puede omitir. Sin opciones (o con --show) muestra el repaso del día.</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>sleep</comment>
        <translation>Bueno</translation>
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
        <source>Poor</source>
        <comment>sleep</comment>
        <translation>Malo</translation>
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
