<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccompanimentForm</name>
    <message>
        <source>Accompaniment</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <source>New accompaniment</source>
        <translation>Nuevo acompañamiento</translation>
    </message>
</context>
<context>
    <name>AlertForm</name>
    <message>
        <source>Write the urgent alert about this incident for embassies and networks</source>
        <translation>Redactar la alerta urgente sobre este incidente para embajadas y redes</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Nueva alerta</translation>
    </message>
    <message>
        <source>Open the &amp;incident</source>
        <translation>Abrir el &amp;incidente</translation>
    </message>
    <message>
        <source>Urgent alert &amp;document…</source>
        <translation>&amp;Documento de alerta urgente…</translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>&amp;New alert</source>
        <translation>&amp;Nueva alerta</translation>
    </message>
    <message>
        <source>No alert has been activated. When an incident needs the emergency network, press “New alert” to record who was alerted.</source>
        <translation>No se ha activado ninguna alerta. Cuando un incidente requiera la red de emergencia, pulse «Nueva alerta» para registrar a quién se alertó.</translation>
    </message>
</context>
<context>
    <name>AlertListView</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Volunteers</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Llamadas de seguridad</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
</context>
<context>
    <name>CheckInScheduleForm</name>
    <message>
        <source>HH:MM, such as 18:00</source>
        <translation>HH:MM, por ejemplo 18:00</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Check-in schedule</source>
        <translation>Calendario de llamadas</translation>
    </message>
    <message>
        <source>New check-in schedule</source>
        <translation>Nuevo calendario de llamadas</translation>
    </message>
</context>
<context>
    <name>CheckInsView</name>
    <message>
        <source>Safety check-ins due</source>
        <translation>Llamadas de seguridad pendientes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Schedules…</source>
        <translation>&amp;Calendarios…</translation>
    </message>
    <message>
        <source>Who is called, how often and at what time</source>
        <translation>A quién se llama, con qué frecuencia y a qué hora</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Llamadas pendientes</translation>
    </message>
    <message>
        <source>No check-in is due. Calls appear here from the schedules, from a few hours before they are due until someone records how they went.</source>
        <translation>No hay llamadas pendientes. Las llamadas aparecen aquí según los calendarios, desde unas horas antes de la hora prevista hasta que alguien registra cómo fueron.</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>Qué se dijo (opcional)</translation>
    </message>
    <message>
        <source>Notes on the call</source>
        <translation>Notas sobre la llamada</translation>
    </message>
    <message>
        <source>All &amp;well</source>
        <translation>&amp;Todo bien</translation>
    </message>
    <message>
        <source>No &amp;answer</source>
        <translation>&amp;Sin respuesta</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Preocupación</translation>
    </message>
    <message>
        <source>The call:</source>
        <translation>La llamada:</translation>
    </message>
    <message>
        <source>Office time %1</source>
        <translation>Hora de la oficina: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No se registró</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <source>Steps of the emergency protocol</source>
        <translation>Pasos del protocolo de emergencia</translation>
    </message>
    <message>
        <source>Activate the emergency &amp;network…</source>
        <translation>Activar la &amp;red de emergencia…</translation>
    </message>
    <message>
        <source>Open their &amp;record</source>
        <translation>Abrir su &amp;ficha</translation>
    </message>
    <message>
        <source>Emergency protocol of the office:</source>
        <translation>Protocolo de emergencia de la oficina:</translation>
    </message>
    <message>
        <source>Their own protocol: %1</source>
        <translation>Su propio protocolo: %1</translation>
    </message>
</context>
<context>
    <name>ExtraFields</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <source>⚠ %n missed check-in(s): follow the emergency protocol.</source>
        <translation>
            <numerusform>⚠ %n llamada de seguridad fallida: siga el protocolo de emergencia.</numerusform>
            <numerusform>⚠ %n llamadas de seguridad fallidas: siga el protocolo de emergencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the check-ins</source>
        <translation>Ver las llamadas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n missed check-in(s).</source>
        <translation>
            <numerusform>⚠ %n llamada fallida.</numerusform>
            <numerusform>⚠ %n llamadas fallidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>%1 is in two places at once: also at %2.</source>
        <translation>%1 está en dos lugares a la vez: también en %2.</translation>
    </message>
    <message>
        <source>%1 only arrives on %2.</source>
        <translation>%1 no llega hasta el %2.</translation>
    </message>
    <message>
        <source>%1 leaves on %2.</source>
        <translation>%1 se va el %2.</translation>
    </message>
    <message>
        <source>%1&apos;s visa runs out on %2.</source>
        <translation>La visa de %1 vence el %2.</translation>
    </message>
    <message>
        <source>%1 is on leave or has left the country.</source>
        <translation>%1 está de permiso o ya salió del país.</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) assigned; the office asks for at least %1.</source>
        <translation>
            <numerusform>%n voluntario/a asignado/a; la oficina pide al menos %1.</numerusform>
            <numerusform>%n voluntarios/as asignados/as; la oficina pide al menos %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No alias: the printed roster will describe this person or organisation instead of naming them.</source>
        <translation>Sin alias: los turnos impresos describirán a esta persona u organización en lugar de nombrarla.</translation>
    </message>
    <message>
        <source>double-booked</source>
        <translation>en dos lugares a la vez</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>aún no ha llegado</translation>
    </message>
    <message>
        <source>gone by then</source>
        <translation>ya se habrá ido</translation>
    </message>
    <message>
        <source>visa run out</source>
        <translation>visa vencida</translation>
    </message>
    <message>
        <source>on leave</source>
        <translation>de permiso</translation>
    </message>
    <message>
        <source>The visa ran out on %1.</source>
        <translation>La visa venció el %1.</translation>
    </message>
    <message numerus="yes">
        <source>The visa runs out on %1, in %n day(s).</source>
        <translation>
            <numerusform>La visa vence el %1, dentro de %n día.</numerusform>
            <numerusform>La visa vence el %1, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned for %n accompaniment(s) after %1, when the stay or the visa is over.</source>
        <translation>
            <numerusform>Prevista en %n acompañamiento después del %1, cuando ya habrá terminado su estancia o su visa.</numerusform>
            <numerusform>Prevista en %n acompañamientos después del %1, cuando ya habrá terminado su estancia o su visa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Toca ahora</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Concern raised</source>
        <translation>Con preocupación</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>Todo bien</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Still no news %1 after the grace period: take the last step of the protocol.</source>
        <translation>Sin noticias %1 después del margen de espera: dé el último paso del protocolo.</translation>
    </message>
    <message>
        <source>A concern was raised: follow the protocol.</source>
        <translation>Se expresó una preocupación: siga el protocolo.</translation>
    </message>
    <message>
        <source>Missed: follow the protocol now.</source>
        <translation>Llamada fallida: siga el protocolo ahora.</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Acompañado/a</translation>
    </message>
    <message>
        <source>arrives %1</source>
        <translation>llega el %1</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>se va el %1</translation>
    </message>
    <message>
        <source>visa until %1</source>
        <translation>visa hasta el %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>alone</source>
        <translation>sin compañía</translation>
    </message>
    <message>
        <source>no one assigned</source>
        <translation>nadie asignado</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde las %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>Meeting point: %1</source>
        <translation>Punto de encuentro: %1</translation>
    </message>
    <message>
        <source>Volunteers: %1</source>
        <translation>Voluntarios/as: %1</translation>
    </message>
</context>
<context>
    <name>RosterPrinting</name>
    <message>
        <source>Print the roster</source>
        <translation>Imprimir los turnos</translation>
    </message>
    <message>
        <source>A roster with full names</source>
        <translation>Turnos con nombres completos</translation>
    </message>
    <message>
        <source>This roster names the people accompanied in full. It must not leave the office; volunteers carry the roster with aliases.</source>
        <translation>Estos turnos nombran por completo a las personas acompañadas. No deben salir de la oficina; el voluntariado lleva los turnos con alias.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>Save the roster</source>
        <translation>Guardar los turnos</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ScheduleList</name>
    <message>
        <source>Check-in schedules</source>
        <translation>Calendarios de llamadas</translation>
    </message>
    <message>
        <source>&amp;New schedule</source>
        <translation>&amp;Nuevo calendario</translation>
    </message>
    <message>
        <source>No one has a check-in schedule yet. Press “New schedule” to call someone every day, on weekdays or once a week.</source>
        <translation>Nadie tiene aún un calendario de llamadas. Pulse «Nuevo calendario» para llamar a alguien todos los días, de lunes a viernes o una vez por semana.</translation>
    </message>
</context>
<context>
    <name>ScheduleListView</name>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n calendario</numerusform>
            <numerusform>%n calendarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Nuevo/a voluntario/a</translation>
    </message>
</context>
<context>
    <name>VolunteerList</name>
    <message>
        <source>Volunteers</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>&amp;New volunteer</source>
        <translation>&amp;Nuevo/a voluntario/a</translation>
    </message>
    <message>
        <source>No volunteer is recorded yet. Press “New volunteer” to add the first.</source>
        <translation>Aún no hay voluntarios/as registrados/as. Pulse «Nuevo/a voluntario/a» para añadir el primero.</translation>
    </message>
</context>
<context>
    <name>VolunteerListView</name>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n voluntario/a</numerusform>
            <numerusform>%n voluntarios/as</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteersField</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Choose volunteers</source>
        <translation>Elegir voluntarios/as</translation>
    </message>
</context>
<context>
    <name>WeekPlanView</name>
    <message>
        <source>Not moved</source>
        <translation>No se movió</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <source>By &amp;volunteer</source>
        <translation>Por &amp;voluntario/a</translation>
    </message>
    <message>
        <source>By person &amp;accompanied</source>
        <translation>Por persona &amp;acompañada</translation>
    </message>
    <message>
        <source>&amp;New accompaniment</source>
        <translation>&amp;Nuevo acompañamiento</translation>
    </message>
    <message>
        <source>Full names (internal roster)</source>
        <translation>Nombres completos (turnos internos)</translation>
    </message>
    <message>
        <source>The roster volunteers carry names people by their alias; a roster with full names must not leave the office.</source>
        <translation>Los turnos que lleva el voluntariado nombran a las personas por su alias; unos turnos con nombres completos no deben salir de la oficina.</translation>
    </message>
    <message>
        <source>&amp;Print the roster…</source>
        <translation>&amp;Imprimir los turnos…</translation>
    </message>
    <message>
        <source>Save the roster as &amp;PDF or Word…</source>
        <translation>Guardar los turnos en &amp;PDF o Word…</translation>
    </message>
    <message>
        <source>The week&apos;s plan</source>
        <translation>El plan de la semana</translation>
    </message>
    <message>
        <source>Open or plan</source>
        <translation>Abrir o planificar</translation>
    </message>
    <message>
        <source>Conflicts this week</source>
        <translation>Conflictos de esta semana</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Semana %1 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle before printing the roster.</source>
        <translation>
            <numerusform>%n conflicto por resolver antes de imprimir los turnos.</numerusform>
            <numerusform>%n conflictos por resolver antes de imprimir los turnos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts this week.</source>
        <translation>No hay conflictos esta semana.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the printed roster.</source>
        <translation>
            <numerusform>%n nota sobre los turnos impresos.</numerusform>
            <numerusform>%n notas sobre los turnos impresos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Take %1 off this accompaniment</source>
        <translation>Quitar a %1 de este acompañamiento</translation>
    </message>
    <message>
        <source>&amp;Cancel this accompaniment</source>
        <translation>&amp;Cancelar este acompañamiento</translation>
    </message>
    <message numerus="yes">
        <source>The week still has %n conflict(s). Save the roster anyway?</source>
        <translation>
            <numerusform>La semana aún tiene %n conflicto. ¿Guardar los turnos de todos modos?</numerusform>
            <numerusform>La semana aún tiene %n conflictos. ¿Guardar los turnos de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts in this week</source>
        <translation>Conflictos en esta semana</translation>
    </message>
    <message numerus="yes">
        <source>The week still has %n conflict(s). Print the roster anyway?</source>
        <translation>
            <numerusform>La semana aún tiene %n conflicto. ¿Imprimir los turnos de todos modos?</numerusform>
            <numerusform>La semana aún tiene %n conflictos. ¿Imprimir los turnos de todos modos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekdayCombo</name>
    <message>
        <source>— any day —</source>
        <translation>— cualquier día —</translation>
    </message>
</context>
</TS>
