<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Day after ▶</source>
        <translation>Día siguiente ▶</translation>
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
        <source>The day after</source>
        <translation>El día siguiente</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>El día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>El día anterior</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>El día anterior (Alt+Izquierda)</translation>
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
    <message>
        <source>◀ Day before</source>
        <translation>◀ Día anterior</translation>
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
