<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>No side effects noted for {what}. Undo with Ctrl+Z.</source>
        <translation>Sin efectos secundarios anotados ({what}). Deshacer con Ctrl+Z.</translation>
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
        <source>Side effects of {what}: {effects}. Undo with Ctrl+Z.</source>
        <translation>Efectos secundarios ({what}): {effects}. Deshacer con Ctrl+Z.</translation>
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
        <source>side effects of {what}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>efectos secundarios: {what}</translation>
    </message>
    <message>
        <source>skip of {dose}</source>
        <comment>undo step: after &apos;Undo&apos; in the Edit menu</comment>
        <translation>omisión de {dose}</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>día entero</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>Day after  ▶</source>
        <translation>Día siguiente  ▶</translation>
    </message>
    <message>
        <source>Pick a day to see everything it holds. Changes can be undone.</source>
        <translation>Elija un día para ver todo lo que contiene. Los cambios se pueden deshacer.</translation>
    </message>
    <message>
        <source>Show the day after</source>
        <translation>Ver el día siguiente</translation>
    </message>
    <message>
        <source>Show the day after (Alt+Right)</source>
        <translation>Ver el día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Show the day before</source>
        <translation>Ver el día anterior</translation>
    </message>
    <message>
        <source>Show the day before (Alt+Left)</source>
        <translation>Ver el día anterior (Alt+Izquierda)</translation>
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
    <message>
        <source>◀  Day before</source>
        <translation>◀  Día anterior</translation>
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
        <source>Completed</source>
        <translation>Completada</translation>
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
        <source>Not finished</source>
        <translation>Sin terminar</translation>
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
        <source>Stopped early</source>
        <translation>Parada antes</translation>
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
        <source>the {routine} session at {time} on {day}</source>
        <translation>la sesión «{routine}» del {day} a las {time}</translation>
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
