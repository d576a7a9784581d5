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
