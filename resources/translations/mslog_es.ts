<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Dizziness</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Toma</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
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
        <source>Other</source>
        <translation>Otro</translation>
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
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern: short weekday, day, short month, year</comment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Day after  ▶</source>
        <translation>Día siguiente  ▶</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
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
    <name>DoseAnswers</name>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
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
        <source>{dose}: skipped, no reason given. {undo}</source>
        <translation>{dose}: saltada, sin motivo. {undo}</translation>
    </message>
    <message>
        <source>{dose}: skipped: {reason}. {undo}</source>
        <translation>{dose}: saltada: {reason}. {undo}</translation>
    </message>
    <message>
        <source>{dose}: taken at {time}. {undo}</source>
        <translation>{dose}: tomada a las {time}. {undo}</translation>
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
        <source>today</source>
        <comment>the side effects of today; also starts a sentence</comment>
        <translation>hoy</translation>
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
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <source>Please agree any stop with the person who prescribes it first: some medicines for spasms must not be stopped suddenly.</source>
        <translation>Acuerde antes cualquier retirada con quien se lo receta: algunos medicamentos para los espasmos no deben dejarse de golpe.</translation>
    </message>
    <message>
        <source>Stop it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <source>Stop {medication}</source>
        <translation>Dejar {medication}</translation>
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
