<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Print this sheet, or write the key down by hand, and keep the paper locked away from this computer: a safe, or the organisation&apos;s coordinator abroad.</source>
        <translation>Imprima esta hoja, o copie la clave a mano, y guarde el papel bajo llave lejos de este computador: en una caja fuerte, o con la coordinación de la organización en el extranjero.</translation>
    </message>
    <message>
        <source>Anyone who has this key can read the whole vault. Never photograph it, send it by message or email, or keep it on this computer.</source>
        <translation>Quien tenga esta clave puede leer toda la bóveda. Nunca la fotografíe, la envíe por mensaje o correo, ni la guarde en este computador.</translation>
    </message>
    <message>
        <source>To use it: in AccompDesk&apos;s unlock window choose “Use the recovery key”, or on the command line run accompdesk-cli with --recovery-key and type the key when asked. Any SQLCipher 4 tool also opens the vault with it as a raw key.</source>
        <translation>Para usarla: en la ventana de desbloqueo de AccompDesk elija «Usar la clave de recuperación», o en la línea de órdenes ejecute accompdesk-cli con --recovery-key y escriba la clave cuando se le pida. Cualquier herramienta SQLCipher 4 también abre la bóveda con ella como clave en bruto.</translation>
    </message>
    <message>
        <source>If the paper may have been seen or lost, a coordinator makes a new key at once (Vault ▸ Staff and key slots ▸ Re-issue the recovery key) and destroys this sheet.</source>
        <translation>Si el papel pudo ser visto o se perdió, una coordinadora crea de inmediato una clave nueva (Bóveda ▸ Equipo y ranuras de clave ▸ Volver a emitir la clave de recuperación) y destruye esta hoja.</translation>
    </message>
    <message>
        <source>This key replaces every earlier recovery key of this vault: destroy the old paper.</source>
        <translation>Esta clave sustituye a todas las claves de recuperación anteriores de esta bóveda: destruya el papel antiguo.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Key check</source>
        <translation>Control de la clave</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>What to do with this sheet</source>
        <translation>Qué hacer con esta hoja</translation>
    </message>
    <message>
        <source>This folder can be written by others: choose a private folder for the emergency sheet.</source>
        <translation>Otras personas pueden escribir en esta carpeta: elija una carpeta privada para la hoja de emergencia.</translation>
    </message>
    <message>
        <source>AccompDesk emergency sheet</source>
        <translation>Hoja de emergencia de AccompDesk</translation>
    </message>
    <message>
        <source>Save the emergency sheet</source>
        <translation>Guardar la hoja de emergencia</translation>
    </message>
    <message>
        <source>The emergency sheet holds the recovery key: anyone who has the file can read the whole vault. Save it only to print it, then delete the file.</source>
        <translation>La hoja de emergencia contiene la clave de recuperación: quien tenga el archivo puede leer toda la bóveda. Guárdela solo para imprimirla y luego borre el archivo.</translation>
    </message>
    <message>
        <source>The emergency sheet could not be written there: choose another folder.</source>
        <translation>No se pudo escribir la hoja de emergencia ahí: elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>AffectedLinks</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>AffectedLinksEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Add an &amp;organisation…</source>
        <translation>Añadir una &amp;organización…</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Quitar organización</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>Añadir una &amp;persona…</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>&amp;Quitar persona</translation>
    </message>
</context>
<context>
    <name>AliasForm</name>
    <message>
        <source>Use “%1”</source>
        <translation>Usar «%1»</translation>
    </message>
    <message>
        <source>“%1” is already the alias of another person or organisation; “%2” is free.</source>
        <translation>«%1» ya es el alias de otra persona u organización; «%2» está libre.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Defenders</source>
        <translation>Personas defensoras</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autoridades</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>AccompDesk cannot show this kind of file (%1). Save a copy to open it with another program.</source>
        <translation>AccompDesk no puede mostrar este tipo de archivo (%1). Guarde una copia para abrirlo con otro programa.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>&amp;Add a file…</source>
        <translation>&amp;Adjuntar un archivo…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Drop files here or add them with the button. They are stored encrypted inside the vault.</source>
        <translation>Suelte aquí los archivos o adjúntelos con el botón. Se guardan cifrados dentro de la bóveda.</translation>
    </message>
    <message>
        <source>Save the record first; then files can be attached to it.</source>
        <translation>Guarde primero el registro; después podrá adjuntarle archivos.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>No se adjuntó</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>¿Guardar una copia sin cifrar?</translation>
    </message>
    <message>
        <source>The copy of %1 will not be encrypted: anyone who can reach the place you save it can read it. Save it only where it is safe, and delete it when done.</source>
        <translation>La copia de %1 no estará cifrada: cualquiera que tenga acceso al lugar donde la guarde podrá leerla. Guárdela solo donde sea seguro y bórrela cuando termine.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Did you keep the recovery key?</source>
        <translation>¿Guardó la clave de recuperación?</translation>
    </message>
    <message>
        <source>The vault cannot show it again.</source>
        <translation>La bóveda no puede volver a mostrarla.</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery key and put it in a safe place.</source>
        <translation>He &amp;impreso o copiado la clave de recuperación y la he puesto en un lugar seguro.</translation>
    </message>
    <message>
        <source>Last four characters of the recovery key</source>
        <translation>Últimos cuatro caracteres de la clave de recuperación</translation>
    </message>
    <message>
        <source>To check, type the &amp;last four characters of the recovery key:</source>
        <translation>Para comprobarlo, escriba los ú&amp;ltimos cuatro caracteres de la clave de recuperación:</translation>
    </message>
</context>
<context>
    <name>CountriesField</name>
    <message>
        <source>Type a country…</source>
        <translation>Escriba un país…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not a country AccompDesk knows; kept as written</source>
        <translation>No es un país que AccompDesk conozca; se guarda tal como se escribió</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as %2, “28 nov 2026” or “today”.</source>
        <translation>«%1» no es una fecha: escríbala como %2, «28 nov 2026» u «hoy».</translation>
    </message>
    <message>
        <source>%1 %2 has no day %3.</source>
        <translation>%1 %2 no tiene día %3.</translation>
    </message>
    <message>
        <source>There is no month %1: the day and the month go as in %2.</source>
        <translation>No hay mes %1: el día y el mes van como en %2.</translation>
    </message>
    <message>
        <source>Write the year too, as in %1.</source>
        <translation>Escriba también el año, como en %1.</translation>
    </message>
    <message>
        <source>Which day of %1 %2? Write the day too.</source>
        <translation>¿Qué día de %1 %2? Escriba también el día.</translation>
    </message>
    <message>
        <source>The year %1 is outside the record (%2 to %3).</source>
        <translation>El año %1 está fuera del registro (%2 a %3).</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3.</source>
        <translation>%1 es %2, no %3.</translation>
    </message>
    <message>
        <source>“%1” is not a time: write it as 14:30.</source>
        <translation>«%1» no es una hora: escríbala como 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (00:00 to 23:59).</source>
        <translation>«%1» no es una hora del día (00:00 a 23:59).</translation>
    </message>
    <message>
        <source>Write the time too, as in 14:30.</source>
        <translation>Escriba también la hora, como en 14:30.</translation>
    </message>
    <message>
        <source>Write the date too, as in %1.</source>
        <translation>Escriba también la fecha, como en %1.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>Esto no es una fecha.</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>%1, time</source>
        <translation>%1, hora</translation>
    </message>
</context>
<context>
    <name>DefenderPage</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Incidents that affected them</source>
        <translation>Incidentes que le afectaron</translation>
    </message>
    <message>
        <source>Accompaniments</source>
        <translation>Acompañamientos</translation>
    </message>
    <message>
        <source>Meetings where they were raised</source>
        <translation>Reuniones en que se trató su caso</translation>
    </message>
    <message>
        <source>published as “%1”</source>
        <translation>publicado como «%1»</translation>
    </message>
    <message>
        <source>Incidents that affected them (%1)</source>
        <translation>Incidentes que le afectaron (%1)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This is a demo vault of fictional people and events, removed when you quit. Its passphrase is “%1”.</source>
        <translation>Esta es una bóveda de demostración con personas y hechos ficticios; se borra al salir. Su frase de paso es «%1».</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Consent level: how far this person or organisation agreed to be named. Public: in any document, including public statements. Diplomatic: only in confidential briefings to embassies and authorities. Internal: never outside the office. Every export and document names an audience; anyone whose consent is below it is replaced by a neutral description, in tables and inside free text. When in doubt, choose Internal.</source>
        <translation>Nivel de consentimiento: hasta dónde aceptó esta persona u organización ser nombrada. Público: en cualquier documento, también en comunicados públicos. Diplomático: solo en informes confidenciales a embajadas y autoridades. Interno: nunca fuera de la oficina. Cada exportación y documento indica una audiencia; quien tenga un consentimiento inferior se sustituye por una descripción neutra, en las tablas y dentro del texto libre. En caso de duda, elija Interno.</translation>
    </message>
    <message>
        <source>Severity: how grave the incident is for the person&apos;s safety, from low (a rumour, a hostile remark) to critical (a killing, a disappearance, an attack on life). Briefings choose the gravest incidents of a period by severity, and the follow-up board shows the grave incidents that were never raised above the local level.</source>
        <translation>Gravedad: cuán grave es el incidente para la seguridad de la persona, de baja (un rumor, un comentario hostil) a crítica (un asesinato, una desaparición, un atentado contra la vida). Los informes eligen los incidentes más graves de un periodo por su gravedad, y el tablero de seguimiento muestra los incidentes graves que nunca se plantearon por encima del nivel local.</translation>
    </message>
    <message>
        <source>Verification: how sure the office is of what is recorded. Unverified: reported, not yet checked. Partly verified: some facts confirmed by a second source. Verified: confirmed by the office or by independent sources. Disputed: sources contradict each other. Documents say how many of the incidents they count are verified.</source>
        <translation>Verificación: qué certeza tiene la oficina de lo registrado. Sin verificar: denunciado, aún no comprobado. Parcialmente verificado: algunos hechos confirmados por una segunda fuente. Verificado: confirmado por la oficina o por fuentes independientes. Controvertido: las fuentes se contradicen. Los documentos dicen cuántos de los incidentes que cuentan están verificados.</translation>
    </message>
    <message>
        <source>Week notation: weeks are numbered as in ISO 8601, from Monday to Sunday. 2026-W48 is week 48 of 2026, from Monday 23 to Sunday 29 November. The first week of a year is the one that holds its first Thursday.</source>
        <translation>Notación de semanas: las semanas se numeran según la norma ISO 8601, de lunes a domingo. 2026-W48 es la semana 48 de 2026, del lunes 23 al domingo 29 de noviembre. La primera semana de un año es la que contiene su primer jueves.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Type to search names, summaries and notes</source>
        <translation>Escriba para buscar nombres, resúmenes y notas</translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>Buscar en esta lista</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: cualquiera</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Create the vault — AccompDesk</source>
        <translation>Crear la bóveda — AccompDesk</translation>
    </message>
    <message>
        <source>Stop creating the vault?</source>
        <translation>¿Dejar de crear la bóveda?</translation>
    </message>
    <message>
        <source>The new vault is empty. If you stop now, it is removed again and you can start over. Remove it?</source>
        <translation>La nueva bóveda está vacía. Si se detiene ahora, se borra y puede empezar de nuevo. ¿Borrarla?</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>about %1</source>
        <translation>hacia %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>AccompDesk user guide</source>
        <translation>Guía de uso de AccompDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>Who was &amp;affected</source>
        <translation>A quién &amp;afectó</translation>
    </message>
    <message>
        <source>&amp;Responsibility</source>
        <translation>&amp;Responsabilidad</translation>
    </message>
    <message>
        <source>Source and &amp;follow-up</source>
        <translation>&amp;Fuente y seguimiento</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welcome to AccompDesk</source>
        <translation>Bienvenida a AccompDesk</translation>
    </message>
    <message>
        <source>AccompDesk keeps the office&apos;s record in an encrypted vault on this computer. Nothing in it can be read without a staff member&apos;s passphrase or the vault&apos;s recovery key.

These steps create the vault: your name and passphrase first, then the recovery key, which you print or write down and keep somewhere safe.</source>
        <translation>AccompDesk guarda el registro de la oficina en una bóveda cifrada en este computador. Nada de lo que contiene puede leerse sin la frase de paso de una persona del equipo o la clave de recuperación de la bóveda.

Estos pasos crean la bóveda: primero su nombre y su frase de paso, luego la clave de recuperación, que usted imprime o copia y guarda en un lugar seguro.</translation>
    </message>
    <message>
        <source>The vault will be created at:</source>
        <translation>La bóveda se creará en:</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>Type to find, or choose…</source>
        <translation>Escriba para buscar, o elija…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>Nothing matches this search.</source>
        <translation>Nada coincide con esta búsqueda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;incident</source>
        <translation>Nuevo &amp;incidente</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Nueva &amp;persona</translation>
    </message>
    <message>
        <source>New &amp;organisation</source>
        <translation>Nueva &amp;organización</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the window (Ctrl+L)</source>
        <translation>Bloquear la ventana (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find in the whole vault</source>
        <translation>&amp;Buscar en toda la bóveda</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Export the current list…</source>
        <translation>&amp;Exportar la lista actual…</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Importar una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>Posibles &amp;duplicados</translation>
    </message>
    <message>
        <source>&amp;About AccompDesk</source>
        <translation>&amp;Acerca de AccompDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Va&amp;ult</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>Search the whole vault (Ctrl+F)</source>
        <translation>Buscar en toda la bóveda (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the whole vault</source>
        <translation>Buscar en toda la bóveda</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <source>AccompDesk — %1</source>
        <translation>AccompDesk — %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>AccompDesk — locked</source>
        <translation>AccompDesk — bloqueada</translation>
    </message>
    <message>
        <source>AccompDesk stays unlocked while the vault is re-encrypted, until its new recovery key is kept. Lock it then.</source>
        <translation>AccompDesk no se bloquea mientras la bóveda se vuelve a cifrar, hasta que se guarde su nueva clave de recuperación. Bloquéelo entonces.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved form(s) came back as you left them.</source>
        <translation>
            <numerusform>%n formulario sin guardar volvió tal como lo dejó.</numerusform>
            <numerusform>%n formularios sin guardar volvieron tal como los dejó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved to the Trash</source>
        <translation>No se movió a la papelera</translation>
    </message>
    <message>
        <source>%1 moved to the Trash.</source>
        <translation>Movido a la papelera: %1.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n registro restaurado.</numerusform>
            <numerusform>%n registros restaurados.</numerusform>
        </translation>
    </message>
    <message>
        <source>About AccompDesk</source>
        <translation>Acerca de AccompDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AccompDesk %1&lt;/h3&gt;&lt;p&gt;The encrypted record and advocacy documents of a protective-accompaniment field office.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AccompDesk %1&lt;/h3&gt;&lt;p&gt;El registro cifrado y los documentos de incidencia de una oficina de terreno de acompañamiento protector.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>No one has used AccompDesk for a while: it locks in %n second(s). Press any key to keep working.</source>
        <translation>
            <numerusform>Nadie ha usado AccompDesk desde hace un rato: se bloquea en %n segundo. Pulse cualquier tecla para seguir trabajando.</numerusform>
            <numerusform>Nadie ha usado AccompDesk desde hace un rato: se bloquea en %n segundos. Pulse cualquier tecla para seguir trabajando.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup goes on while the window is locked; it is written whole or not at all.</source>
        <translation>La copia de seguridad sigue mientras la ventana está bloqueada; se escribe entera o no se escribe.</translation>
    </message>
    <message>
        <source>The restore goes on while the window is locked; its checked copy is kept, unused, and the current vault is not changed.</source>
        <translation>La restauración sigue mientras la ventana está bloqueada; su copia comprobada se guarda sin usarla y la bóveda actual no cambia.</translation>
    </message>
    <message>
        <source>Locking cancels the import; nothing of it is kept.</source>
        <translation>Bloquear cancela la importación; no se guarda nada de ella.</translation>
    </message>
    <message>
        <source>Locking waits for the export to end; the file is written whole.</source>
        <translation>El bloqueo espera a que termine la exportación; el archivo se escribe entero.</translation>
    </message>
    <message>
        <source>Locking cancels the document being made; a file already being saved is finished whole.</source>
        <translation>Bloquear cancela el documento que se está haciendo; un archivo que ya se está guardando se termina entero.</translation>
    </message>
    <message>
        <source>Locking cancels the bundle; nothing of it is written or applied.</source>
        <translation>Bloquear cancela el paquete; no se escribe ni se aplica nada de él.</translation>
    </message>
    <message>
        <source>The vault is being re-encrypted: it does not lock until that ends and its new recovery key is kept.</source>
        <translation>La bóveda se está volviendo a cifrar: no se bloquea hasta que eso termine y se guarde su nueva clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not right for %1.</source>
        <translation>La frase de paso no es correcta para %1.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>La frase de paso no es correcta.</translation>
    </message>
    <message>
        <source>A recovery key is 64 hexadecimal digits (0-9, a-f); this one is not.</source>
        <translation>Una clave de recuperación tiene 64 dígitos hexadecimales (0-9, a-f); esta no.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault; check the digits.</source>
        <translation>La clave de recuperación no abre esta bóveda; revise los dígitos.</translation>
    </message>
    <message>
        <source>Something went wrong that should not have (%1). Nothing was changed.</source>
        <translation>Ocurrió un error que no debía ocurrir (%1). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>+57 300 555 0148</source>
        <translation>+57 300 555 0148</translation>
    </message>
    <message>
        <source>As the window&apos;s language</source>
        <translation>Como el idioma de la ventana</translation>
    </message>
    <message>
        <source>As the locale</source>
        <translation>Como la región</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>the letters of a year in a date pattern</comment>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>This computer&apos;s</source>
        <translation>La de este equipo</translation>
    </message>
    <message>
        <source> volunteers</source>
        <translation> voluntarios/as</translation>
    </message>
    <message>
        <source>The office&apos;s name, address and how to reach it, as the head of its documents</source>
        <translation>El nombre de la oficina, su dirección y cómo contactarla, como encabezado de sus documentos</translation>
    </message>
    <message>
        <source>These settings are the office&apos;s: they are kept in the vault, every staff member sees them, and each change is written in the audit log.</source>
        <translation>Estos ajustes son de la oficina: se guardan en la bóveda, todo el personal los ve y cada cambio queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nombre de la oficina:</translation>
    </message>
    <message>
        <source>&amp;Emergency number:</source>
        <translation>Número de emer&amp;gencia:</translation>
    </message>
    <message>
        <source>Loc&amp;ale:</source>
        <translation>&amp;Región e idioma:</translation>
    </message>
    <message>
        <source>&amp;Dates typed as:</source>
        <translation>&amp;Fechas escritas como:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Team &amp;minimum:</source>
        <translation>Equipo &amp;mínimo:</translation>
    </message>
    <message>
        <source>Emergency &amp;protocol:</source>
        <translation>&amp;Protocolo de emergencia:</translation>
    </message>
    <message>
        <source>Document &amp;letterhead:</source>
        <translation>Mem&amp;brete de los documentos:</translation>
    </message>
    <message>
        <source>Give the office a name: it heads its documents.</source>
        <translation>Dé un nombre a la oficina: encabeza sus documentos.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number: digits, spaces, + and - only.</source>
        <translation>«%1» no es un número de teléfono: solo cifras, espacios, + y -.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone: choose one from the list, such as America/Bogota.</source>
        <translation>«%1» no es una zona horaria: elija una de la lista, como America/Bogota.</translation>
    </message>
    <message>
        <source>This value cannot be kept.</source>
        <translation>Este valor no se puede guardar.</translation>
    </message>
</context>
<context>
    <name>OfficesView</name>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Esta oficina</translation>
    </message>
    <message>
        <source>Fingerprint of this office</source>
        <translation>Huella de esta oficina</translation>
    </message>
    <message>
        <source>Save the &amp;card…</source>
        <translation>&amp;Guardar la tarjeta…</translation>
    </message>
    <message>
        <source>Fingerprint (read it to the other office over the phone):</source>
        <translation>Huella (léala a la otra oficina por teléfono):</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>Oficinas de confianza</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>Último paquete enviado</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Último paquete recibido</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>&amp;Add an office…</source>
        <translation>&amp;Añadir una oficina…</translation>
    </message>
    <message>
        <source>&amp;Stop trusting</source>
        <translation>&amp;Dejar de confiar</translation>
    </message>
    <message>
        <source>&amp;Make a bundle for…</source>
        <translation>&amp;Preparar un paquete para…</translation>
    </message>
    <message>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Recibir un paquete…</translation>
    </message>
    <message>
        <source>&amp;Apply this bundle</source>
        <translation>Aplicar es&amp;te paquete</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Desc&amp;artar</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>Otra oficina</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Surgido</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar lo &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar lo &amp;suyo</translation>
    </message>
    <message>
        <source>No open conflicts: every office&apos;s changes are in force.</source>
        <translation>No hay conflictos abiertos: los cambios de todas las oficinas están en vigor.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Save this office&apos;s card</source>
        <translation>Guardar la tarjeta de esta oficina</translation>
    </message>
    <message>
        <source>Office cards (*.card)</source>
        <translation>Tarjetas de oficina (*.card)</translation>
    </message>
    <message>
        <source>Saved the card to %1.</source>
        <translation>Tarjeta guardada en %1.</translation>
    </message>
    <message>
        <source>The other office&apos;s card</source>
        <translation>La tarjeta de la otra oficina</translation>
    </message>
    <message>
        <source>What may this office receive?</source>
        <translation>¿Qué puede recibir esta oficina?</translation>
    </message>
    <message>
        <source>Trusted %1. Read its fingerprint to them over the phone: %2</source>
        <translation>%1 es ahora de confianza. Léales su huella por teléfono: %2</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Dejar de confiar</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its bundles will be refused.</source>
        <translation>¿Dejar de confiar en %1? Sus paquetes serán rechazados.</translation>
    </message>
    <message>
        <source>Make a bundle</source>
        <translation>Preparar un paquete</translation>
    </message>
    <message>
        <source>For which office?</source>
        <translation>¿Para qué oficina?</translation>
    </message>
    <message>
        <source>Save the bundle for %1</source>
        <translation>Guardar el paquete para %1</translation>
    </message>
    <message>
        <source>Bundles (*.adx)</source>
        <translation>Paquetes (*.adx)</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Preparando el paquete…</translation>
    </message>
    <message>
        <source>Bundle for %1 written: %2 changes, %3 records, %4 bytes.</source>
        <translation>Paquete para %1 escrito: %2 cambios, %3 registros, %4 bytes.</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Recibir un paquete</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Nothing has changed yet: apply the bundle or discard it.</source>
        <translation>Todavía no ha cambiado nada: aplique el paquete o descártelo.</translation>
    </message>
    <message>
        <source>Applying the bundle…</source>
        <translation>Aplicando el paquete…</translation>
    </message>
    <message>
        <source>The bundle was not applied; nothing changed.</source>
        <translation>El paquete no se aplicó; no cambió nada.</translation>
    </message>
    <message>
        <source>Choose a conflict first.</source>
        <translation>Elija primero un conflicto.</translation>
    </message>
    <message>
        <source>Resolved; the decision travels with the next bundles.</source>
        <translation>Resuelto; la decisión viaja con los próximos paquetes.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was applied.</source>
        <translation>Cancelado; no se aplicó nada.</translation>
    </message>
    <message>
        <source>would change</source>
        <translation>cambiaría</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambió</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 %3:</source>
        <translation>El paquete %1 de %2 %3:</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 deleted</source>
        <translation>%1: %2 nuevos, %3 actualizados, %4 borrados</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 conflicts (the value here stays in force until someone decides)</source>
        <translation>%1 conflictos (el valor de aquí sigue en vigor hasta que alguien decida)</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Safety, contact and notes</source>
        <translation>Segu&amp;ridad, contacto y notas</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>You and your passphrase</source>
        <translation>Usted y su frase de paso</translation>
    </message>
    <message numerus="yes">
        <source>You will be the vault&apos;s first coordinator. Choose a passphrase of at least %n characters: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Usted será la primera persona coordinadora de la bóveda. Elija una frase de paso de al menos %n carácter: unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</numerusform>
            <numerusform>Usted será la primera persona coordinadora de la bóveda. Elija una frase de paso de al menos %n caracteres: unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de paso otra vez</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de paso</translation>
    </message>
    <message>
        <source>Field office</source>
        <translation>Oficina de terreno</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>+57 300 555 0148</source>
        <translation>+57 300 555 0148</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencia</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de paso:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Your office (both can be changed later under Preferences, Office):</source>
        <translation>Su oficina (puede cambiar ambos después en Preferencias, Oficina):</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>Nombre de la oficin&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Emergency number:</source>
        <translation>Número de &amp;emergencia:</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Demasiado corta: al menos %n carácter.</numerusform>
            <numerusform>Demasiado corta: al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Débil: añada una o dos palabras más.</translation>
    </message>
    <message>
        <source>Fair: another word would make it much harder to guess.</source>
        <translation>Aceptable: otra palabra la haría mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sólida.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muy sólida.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de paso no son iguales.</translation>
    </message>
    <message>
        <source>Emergency number: “%1” is not a telephone number (digits, spaces, + and - only).</source>
        <translation>Número de emergencia: «%1» no es un número de teléfono (solo cifras, espacios, + y -).</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Safety, contact and notes</source>
        <translation>Segu&amp;ridad, contacto y notas</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>This part of the record comes in a later version of AccompDesk. What you enter elsewhere is already kept for it.</source>
        <translation>Esta parte del registro llega en una versión posterior de AccompDesk. Lo que registre en otras partes ya se guarda para ella.</translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesView</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Defenders</source>
        <translation>Defensores</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autoridades</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <source>Records to look in</source>
        <translation>Registros donde buscar</translation>
    </message>
    <message>
        <source>Pairs that may be one record</source>
        <translation>Pares que pueden ser un solo registro</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation>Registro que se queda</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Primer registro</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Segundo registro</translation>
    </message>
    <message>
        <source>Value that stays</source>
        <translation>Valor que se queda</translation>
    </message>
    <message>
        <source>Keep the wider consent (coordinators)</source>
        <translation>Conservar el consentimiento más amplio (coordinación)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;No son el mismo</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>&amp;Deshacer la última fusión</translation>
    </message>
    <message>
        <source>Keep the first record: %1</source>
        <translation>Conservar el primer registro: %1</translation>
    </message>
    <message>
        <source>Keep the second record: %1</source>
        <translation>Conservar el segundo registro: %1</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Puntuación %1: %2</translation>
    </message>
    <message>
        <source>the wider consent, kept by a coordinator</source>
        <translation>el consentimiento más amplio, conservado por coordinación</translation>
    </message>
    <message>
        <source>the narrower consent of the two</source>
        <translation>el más restringido de los dos consentimientos</translation>
    </message>
    <message>
        <source>Keep the wider consent?</source>
        <translation>¿Conservar el consentimiento más amplio?</translation>
    </message>
    <message>
        <source>The merged record will be named as widely as the wider of the two consents. Do this only if the person agreed to it.</source>
        <translation>El registro fusionado se nombrará tan ampliamente como el más amplio de los dos consentimientos. Hágalo solo si la persona lo aceptó.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No se fusionó</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>No se deshizo</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>nombres parecidos al %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) or meeting(s) in common</source>
        <translation>
            <numerusform>%n incidente o reunión en común</numerusform>
            <numerusform>%n incidentes o reuniones en común</numerusform>
        </translation>
    </message>
    <message>
        <source>same alias</source>
        <translation>mismo alias</translation>
    </message>
    <message>
        <source>alias is the other&apos;s name</source>
        <translation>el alias es el nombre del otro</translation>
    </message>
    <message>
        <source>same region</source>
        <translation>misma región</translation>
    </message>
    <message>
        <source>different regions</source>
        <translation>regiones distintas</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>misma organización</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>organizaciones distintas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Bloquear tras &amp;inactividad:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>These preferences are kept on this computer for you. The record itself stays only in the encrypted vault.</source>
        <translation>Estas preferencias se guardan en este computador para usted. El registro en sí queda solo en la bóveda cifrada.</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Este &amp;equipo</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>Office settings not kept</source>
        <translation>No se guardaron los ajustes de la oficina</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>move %1 to the Trash</source>
        <translation>mover %1 a la papelera</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restore %n record(s)</source>
        <translation>
            <numerusform>restaurar %n registro</numerusform>
            <numerusform>restaurar %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Move to Tras&amp;h</source>
        <translation>Mover a la pape&amp;lera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving; each is marked below its field.</source>
        <translation>
            <numerusform>%n problema que corregir antes de guardar; está marcado bajo su campo.</numerusform>
            <numerusform>%n problemas que corregir antes de guardar; cada uno está marcado bajo su campo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>«%1» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>change “%1”</source>
        <translation>cambiar «%1»</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Defenders</source>
        <translation>Personas defensoras</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>No one is recorded yet. Press “New person” to add the first defender.</source>
        <translation>Aún no hay nadie registrado. Pulse «Nueva persona» para añadir la primera persona defensora.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>&amp;Nueva organización</translation>
    </message>
    <message>
        <source>No organisation is recorded yet. Press “New organisation” to add one.</source>
        <translation>Aún no hay organizaciones registradas. Pulse «Nueva organización» para añadir una.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>&amp;Nuevo incidente</translation>
    </message>
    <message>
        <source>No incident is recorded yet. Press “New incident” to record what happened.</source>
        <translation>Aún no hay incidentes registrados. Pulse «Nuevo incidente» para registrar lo que pasó.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xportar esta lista…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Nada coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Choose persons</source>
        <translation>Elegir personas</translation>
    </message>
    <message>
        <source>Choose organisations</source>
        <translation>Elegir organizaciones</translation>
    </message>
    <message>
        <source>Choose an authority</source>
        <translation>Elegir una autoridad</translation>
    </message>
    <message>
        <source>&amp;Add “%1” as a new person</source>
        <translation>&amp;Añadir «%1» como persona nueva</translation>
    </message>
    <message>
        <source>&amp;Add “%1” as a new organisation</source>
        <translation>&amp;Añadir «%1» como organización nueva</translation>
    </message>
    <message>
        <source>&amp;Add “%1” as a new authority</source>
        <translation>&amp;Añadir «%1» como autoridad nueva</translation>
    </message>
</context>
<context>
    <name>RecordPickerDialog</name>
    <message>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation>Registros que coinciden</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Open the new record&apos;s form to change these defaults</source>
        <translation>Abrir la ficha del nuevo registro para cambiar estos valores</translation>
    </message>
    <message>
        <source>“%1” was added with these defaults: %2.</source>
        <translation>Se añadió «%1» con estos valores por defecto: %2.</translation>
    </message>
    <message>
        <source>Change them now, or later from its list.</source>
        <translation>Cámbielos ahora, o más tarde desde su lista.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>This key opens the vault if every passphrase is forgotten. It is shown only this once.</source>
        <translation>Esta clave abre la bóveda si se olvidan todas las frases de paso. Se muestra solo esta vez.</translation>
    </message>
    <message>
        <source>Print it or write it down now, and keep the paper somewhere safe, away from this computer. Anyone who has it can open the vault.</source>
        <translation>Imprímala o cópiela ahora y guarde el papel en un lugar seguro, lejos de este computador. Quien la tenga puede abrir la bóveda.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Imprimir la clave de recuperación…</translation>
    </message>
    <message>
        <source>Save as an emergency &amp;sheet (PDF)…</source>
        <translation>Guardar como &amp;hoja de emergencia (PDF)…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Funcionario/a</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Llamada de seguridad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Where the words are</source>
        <translation>Dónde están las palabras</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Vinculado a %1</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Búsqueda: «%1»</translation>
    </message>
    <message>
        <source>Nothing in the vault matches “%1”. Names, aliases, summaries, descriptions and notes are searched.</source>
        <translation>Nada en la bóveda coincide con «%1». Se buscan nombres, alias, resúmenes, descripciones y notas.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>Movido a la papelera</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Records moved to the Trash are kept, hidden from lists and searches, and can be restored.</source>
        <translation>Los registros movidos a la papelera se conservan, ocultos de listas y búsquedas, y pueden restaurarse.</translation>
    </message>
    <message>
        <source>Records in the Trash</source>
        <translation>Registros en la papelera</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Borrar definitivamente…</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>¿Borrar definitivamente?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be removed from the vault for good. This cannot be undone; the audit log keeps a note that it happened.</source>
        <translation>
            <numerusform>%n registro se borrará de la bóveda definitivamente. No se puede deshacer; el registro de auditoría guarda constancia.</numerusform>
            <numerusform>%n registros se borrarán de la bóveda definitivamente. No se puede deshacer; el registro de auditoría guarda constancia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se borró</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>AccompDesk</source>
        <translation>AccompDesk</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Persona del equipo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Persona del equipo:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de paso:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>The 64 digits printed when the vault was created. Spaces do not matter.</source>
        <translation>Los 64 dígitos impresos al crear la bóveda. Los espacios no importan.</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase instead</source>
        <translation>Usar una &amp;frase de paso</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Reintentar en %n s</numerusform>
            <numerusform>Reintentar en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Areas of the record</source>
        <translation>Áreas del registro</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong in AccompDesk (%1); what you were doing was not saved, and the vault is as it was after your last save.</source>
        <translation>Algo falló en AccompDesk (%1); lo que estaba haciendo no se guardó, y la bóveda está como quedó al guardar por última vez.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
</context>
</TS>
