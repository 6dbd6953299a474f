<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Defender</source>
        <translation>Persona defensora</translation>
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
        <source>Check-in</source>
        <translation>Llamada de seguridad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Ajustes de la oficina</translation>
    </message>
    <message>
        <source>Check-in schedule</source>
        <translation>Calendario de llamadas</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>movido a la papelera</translation>
    </message>
    <message>
        <source>restored from the Trash</source>
        <translation>recuperado de la papelera</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>eliminado definitivamente</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>nueva clave</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>ajustes cambiados</translation>
    </message>
    <message>
        <source>vault created</source>
        <translation>bóveda creada</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>restaurada desde una copia de seguridad</translation>
    </message>
    <message>
        <source>switched to a restored vault</source>
        <translation>cambio a una bóveda restaurada</translation>
    </message>
    <message>
        <source>attachment copy saved</source>
        <translation>copia de adjunto guardada</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
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
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries; wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos; espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos; espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow this; ask a coordinator.</source>
        <translation>Su rol no permite esto; pídaselo a una persona coordinadora.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries; the chain is intact.</source>
        <translation>
            <numerusform>%n entrada de auditoría; la cadena está intacta.</numerusform>
            <numerusform>%n entradas de auditoría; la cadena está intacta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit entry %1 is missing (the next one is %2): entries were removed.</source>
        <translation>Falta la entrada de auditoría %1 (la siguiente es la %2): se eliminaron entradas.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were removed or reordered.</source>
        <translation>La entrada de auditoría %1 no sigue a la entrada %2: se eliminaron o reordenaron entradas.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) has been altered after it was written.</source>
        <translation>La entrada de auditoría %1 (%2) fue alterada después de escribirse.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the log should hold %2 entries and ends at %3, so its last entries were removed.</source>
        <translation>Falta la entrada de auditoría %1: el registro debería tener %2 entradas y termina en la %3, así que se eliminaron sus últimas entradas.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one recorded as the last: the log was rewritten.</source>
        <translation>La entrada de auditoría %1 no es la que consta como la última: el registro fue reescrito.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Key slots</source>
        <translation>Ranuras de clave</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Audit log&apos;s last entry</source>
        <translation>Última entrada del registro de auditoría</translation>
    </message>
    <message>
        <source>every page authenticates</source>
        <translation>todas las páginas se autentican</translation>
    </message>
    <message>
        <source>the database structure is sound</source>
        <translation>la estructura de la base de datos está sana</translation>
    </message>
    <message>
        <source>every link points to a record</source>
        <translation>todos los vínculos apuntan a un registro</translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s), sealed for this vault</source>
        <translation>
            <numerusform>%n ranura de clave, sellada para esta bóveda</numerusform>
            <numerusform>%n ranuras de clave, selladas para esta bóveda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Only a coordinator exports the audit log.</source>
        <translation>Solo una persona coordinadora exporta el registro de auditoría.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown.</source>
        <translation>
            <numerusform>Se muestra %n entrada.</numerusform>
            <numerusform>Se muestran %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record no longer there</source>
        <translation>El registro ya no existe</translation>
    </message>
    <message>
        <source>This record was purged; the audit log keeps only what was done to it.</source>
        <translation>Este registro se eliminó definitivamente; el registro de auditoría solo conserva lo que se hizo con él.</translation>
    </message>
    <message>
        <source>Record in the Trash</source>
        <translation>Registro en la papelera</translation>
    </message>
    <message>
        <source>This record is in the Trash; restore it from there to open it.</source>
        <translation>Este registro está en la papelera; recupérelo desde allí para abrirlo.</translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>Comprobando cada entrada del registro…</translation>
    </message>
    <message>
        <source>(That entry is not among those shown; clear the filters to see it.)</source>
        <translation>(Esa entrada no está entre las que se muestran; quite los filtros para verla.)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1.</numerusform>
            <numerusform>Se exportaron %n entradas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Miembro del equipo:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>Re&amp;gistro:</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier registro</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Open the record as it is now</source>
        <translation>&amp;Abrir el registro tal como está ahora</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exportar como PDF…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>None: use the folder below</source>
        <translation>Ninguna: usar la carpeta de abajo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Last backup: %1, %2.</source>
        <translation>Última copia de seguridad: %1, %2.</translation>
    </message>
    <message>
        <source>No backup of this vault has been made yet.</source>
        <translation>Aún no se ha hecho ninguna copia de seguridad de esta bóveda.</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Dónde escribir la copia de seguridad</translation>
    </message>
    <message>
        <source>There is not enough free space in that folder for a backup.</source>
        <translation>No hay espacio libre suficiente en esa carpeta para una copia de seguridad.</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Escribiendo y comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup written and verified in %1 s: %2. Keep the drive somewhere other than this computer.</source>
        <translation>Copia de seguridad escrita y verificada en %1 s: %2. Guarde la unidad en otro lugar que no sea junto a este ordenador.</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>No se hizo ninguna copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Hacer una copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault with its key slots: the same passphrases and the same recovery key open it. It is checked by opening it before it counts.</source>
        <translation>Una copia de seguridad es una copia cifrada de la bóveda con sus ranuras de clave: la abren las mismas frases de contraseña y la misma clave de recuperación. Se comprueba abriéndola antes de darla por buena.</translation>
    </message>
    <message>
        <source>&amp;Removable drive:</source>
        <translation>&amp;Unidad extraíble:</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>Unidad extraíble</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Re&amp;mind after:</source>
        <translation>Re&amp;cordar tras:</translation>
    </message>
    <message>
        <source>Remind after days</source>
        <translation>Recordar tras días</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer la copia ahora</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>A new passphrase for %1. The vault&apos;s key does not change: no one else is affected.</source>
        <translation>Una nueva frase de contraseña para %1. La clave de la bóveda no cambia: no afecta a nadie más.</translation>
    </message>
</context>
<context>
    <name>DamagedVaultDialog</name>
    <message>
        <source>What was found: %1</source>
        <translation>Lo que se encontró: %1</translation>
    </message>
    <message>
        <source>The latest backup found is %1. Opening it copies it to a new place and checks the copy first; the damaged vault and the backup both stay as they are.</source>
        <translation>La copia de seguridad más reciente encontrada es %1. Abrirla la copia a un lugar nuevo y comprueba primero la copia; la bóveda dañada y la copia de seguridad quedan tal como están.</translation>
    </message>
    <message>
        <source>No backup was found where backups were written from this computer. If you have one on a drive, connect it and choose it.</source>
        <translation>No se encontró ninguna copia de seguridad donde se escribieron desde este ordenador. Si tiene una en una unidad, conéctela y elíjala.</translation>
    </message>
    <message>
        <source>The vault&apos;s key slots cannot be read</source>
        <translation>No se pueden leer las ranuras de clave de la bóveda</translation>
    </message>
    <message>
        <source>The vault file itself may be whole: what cannot be read is its key-slot file, which holds each staff member&apos;s passphrase slot. The recovery key — the 64 digits printed when the vault was created or last re-keyed — opens the vault without any key slot. Try it first; then a coordinator adds the staff members again.</source>
        <translation>Puede que el archivo de la bóveda esté entero: lo que no se puede leer es su archivo de ranuras de clave, que guarda la ranura de la frase de contraseña de cada miembro del equipo. La clave de recuperación —los 64 dígitos impresos al crear la bóveda o al cambiar su clave por última vez— abre la bóveda sin ninguna ranura. Pruébela primero; después, una persona coordinadora vuelve a añadir a los miembros del equipo.</translation>
    </message>
    <message>
        <source>The recovery key opens the same damaged file, so it cannot repair it. It matters for backups: a backup opens with the passphrases and the recovery key that were current when it was made. Keep every recovery key paper until no backup needs it.</source>
        <translation>La clave de recuperación abre el mismo archivo dañado, así que no puede repararlo. Importa para las copias de seguridad: una copia se abre con las frases de contraseña y la clave de recuperación vigentes cuando se hizo. Guarde cada papel con una clave de recuperación hasta que ninguna copia la necesite.</translation>
    </message>
    <message>
        <source>%1 — AccompDesk</source>
        <translation>%1 — AccompDesk</translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation>La bóveda está dañada</translation>
    </message>
    <message>
        <source>AccompDesk found that the vault does not pass its integrity checks. It has not changed it in any way: the file stays exactly as it was found, so that nothing more is lost and it can still be examined.</source>
        <translation>AccompDesk encontró que la bóveda no supera sus comprobaciones de integridad. No la ha modificado en absoluto: el archivo queda exactamente como se encontró, para que no se pierda nada más y aún pueda examinarse.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Open the latest verified backup…</source>
        <translation>&amp;Abrir la última copia de seguridad verificada…</translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation>&amp;Elegir otra copia de seguridad…</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>La clave de recuperación</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key</source>
        <translation>Usar la clave de &amp;recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
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
    <name>RestoreWizard</name>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>AccompDesk vaults (*.vault)</source>
        <translation>Bóvedas de AccompDesk (*.vault)</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurar en</translation>
    </message>
    <message>
        <source>Choose a backup file, or one of those found.</source>
        <translation>Elija un archivo de copia de seguridad, o una de las encontradas.</translation>
    </message>
    <message>
        <source>This is not a backup: a backup is a .vault file with its .keys file beside it.</source>
        <translation>Esto no es una copia de seguridad: una copia es un archivo .vault con su archivo .keys al lado.</translation>
    </message>
    <message numerus="yes">
        <source>Written %1; %n staff member(s) can open it.</source>
        <translation>
            <numerusform>Escrita el %1; %n miembro del equipo puede abrirla.</numerusform>
            <numerusform>Escrita el %1; %n miembros del equipo pueden abrirla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the backup and checking the copy…</source>
        <translation>Copiando la copia de seguridad y comprobando la copia…</translation>
    </message>
    <message>
        <source>%1 defenders, %2 organisations, %3 incidents, %4 audit entries.</source>
        <translation>%1 personas defensoras, %2 organizaciones, %3 incidentes, %4 entradas de auditoría.</translation>
    </message>
    <message>
        <source>The copy passed every check (%1 s). It is at %2.</source>
        <translation>La copia superó todas las comprobaciones (%1 s). Está en %2.</translation>
    </message>
    <message>
        <source>The backup was not restored; it was left as it is.</source>
        <translation>La copia de seguridad no se restauró; quedó tal como estaba.</translation>
    </message>
    <message>
        <source>The restored copy is ready. The damaged vault is still exactly as it was found; opening the copy where it is leaves it so.</source>
        <translation>La copia restaurada está lista. La bóveda dañada sigue exactamente como se encontró; abrir la copia donde está la deja así.</translation>
    </message>
    <message>
        <source>The restored copy is ready. The current vault has not been changed.</source>
        <translation>La copia restaurada está lista. La bóveda actual no se ha modificado.</translation>
    </message>
    <message>
        <source>Only a coordinator can make a restored copy the office vault.</source>
        <translation>Solo una persona coordinadora puede convertir una copia restaurada en la bóveda de la oficina.</translation>
    </message>
    <message>
        <source>Making it the office vault moves the current vault, unchanged, to %1 in the same folder, and puts the restored copy in its place.</source>
        <translation>Convertirla en la bóveda de la oficina mueve la bóveda actual, sin cambios, a %1 en la misma carpeta, y pone la copia restaurada en su lugar.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Which backup</source>
        <translation>Qué copia de seguridad</translation>
    </message>
    <message>
        <source>The newest backups found are listed first.</source>
        <translation>Las copias más recientes encontradas aparecen primero.</translation>
    </message>
    <message>
        <source>Choose the backup to restore. It is copied to a new place and the copy is opened and checked; the backup itself is never changed.</source>
        <translation>Elija la copia de seguridad que quiere restaurar. Se copia a un lugar nuevo y la copia se abre y se comprueba; la copia de seguridad en sí nunca se modifica.</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Copias de seguridad encontradas</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>Where and with which key</source>
        <translation>Dónde y con qué clave</translation>
    </message>
    <message>
        <source>The backup&apos;s own key slots open the copy.</source>
        <translation>Las propias ranuras de clave de la copia de seguridad abren la copia.</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Restaurar &amp;en:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>Como:</translation>
    </message>
    <message>
        <source>Open it with a &amp;passphrase</source>
        <translation>Abrirla con una &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Miembro del equipo:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>Fra&amp;se de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Open it with the &amp;recovery key</source>
        <translation>Abrirla con la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key that was current when the backup was made opens it, even if the vault was rekeyed since.</source>
        <translation>La abre la clave de recuperación vigente cuando se hizo la copia, aunque después se haya cambiado la clave de la bóveda.</translation>
    </message>
    <message>
        <source>Copying and checking</source>
        <translation>Copiando y comprobando</translation>
    </message>
    <message>
        <source>The copy is opened and every check is run.</source>
        <translation>Se abre la copia y se hacen todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Switch to the restored vault</source>
        <translation>Pasar a la bóveda restaurada</translation>
    </message>
    <message>
        <source>Nothing is overwritten.</source>
        <translation>No se sobrescribe nada.</translation>
    </message>
    <message>
        <source>&amp;Open the restored copy where it is</source>
        <translation>&amp;Abrir la copia restaurada donde está</translation>
    </message>
    <message>
        <source>&amp;Make it the office vault</source>
        <translation>&amp;Convertirla en la bóveda de la oficina</translation>
    </message>
    <message>
        <source>I &amp;understand: the current vault is set aside under the safety name, unchanged.</source>
        <translation>&amp;Entiendo: la bóveda actual se aparta, sin cambios, con el nombre de seguridad.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>&amp;Staff and key slots…</source>
        <translation>&amp;Equipo y ranuras de clave…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Now working on the restored vault at %1.</source>
        <translation>Ahora se trabaja con la bóveda restaurada en %1.</translation>
    </message>
    <message>
        <source>The previous vault was kept, unchanged, as %1.</source>
        <translation>La bóveda anterior se conservó, sin cambios, como %1.</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>Nunca se ha hecho una copia de seguridad de esta bóveda.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>La última copia de seguridad tiene %n día.</numerusform>
            <numerusform>La última copia de seguridad tiene %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
<context>
    <name>StaffAddDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Añadir un miembro del equipo</translation>
    </message>
    <message>
        <source>The new staff member types their own passphrase here, on this computer: hand them the keyboard. No one else needs to know it.</source>
        <translation>El nuevo miembro del equipo escribe aquí su propia frase de contraseña, en este ordenador: pásele el teclado. Nadie más necesita conocerla.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>Ranura de clave</translation>
    </message>
    <message>
        <source>Only a coordinator adds or removes staff and re-issues the recovery key.</source>
        <translation>Solo una persona coordinadora añade o quita miembros del equipo y vuelve a emitir la clave de recuperación.</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (usted)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 can now unlock the vault with their own passphrase.</source>
        <translation>%1 ya puede desbloquear la bóveda con su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Su frase de contraseña se cambió. Use la nueva a partir de ahora.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar a %1?</translation>
    </message>
    <message>
        <source>%1&apos;s key slot is deleted and the vault is encrypted again under a new key, so that a copy of their old slot opens nothing. Every other passphrase keeps working; the recovery key changes and the new one is shown once, to print. This takes a while on a large vault. Remove %1?</source>
        <translation>Se borra la ranura de clave de %1 y la bóveda se vuelve a cifrar con una clave nueva, para que una copia de su ranura antigua no abra nada. Las demás frases de contraseña siguen funcionando; la clave de recuperación cambia y la nueva se muestra una sola vez, para imprimirla. En una bóveda grande tarda un rato. ¿Quitar a %1?</translation>
    </message>
    <message>
        <source>Removing %1 and re-encrypting the vault…</source>
        <translation>Quitando a %1 y volviendo a cifrar la bóveda…</translation>
    </message>
    <message>
        <source>%1 was removed and the vault re-encrypted in %2 s.</source>
        <translation>Se quitó a %1 y la bóveda se volvió a cifrar en %2 s.</translation>
    </message>
    <message>
        <source>Re-issue the recovery key?</source>
        <translation>¿Volver a emitir la clave de recuperación?</translation>
    </message>
    <message>
        <source>The vault is encrypted again under a new key. Every passphrase keeps working; the old recovery key stops working and the new one is shown once, to print. Go ahead?</source>
        <translation>La bóveda se vuelve a cifrar con una clave nueva. Todas las frases de contraseña siguen funcionando; la clave de recuperación antigua deja de funcionar y la nueva se muestra una sola vez, para imprimirla. ¿Continuar?</translation>
    </message>
    <message>
        <source>Re-encrypting the vault under a new key…</source>
        <translation>Volviendo a cifrar la bóveda con una clave nueva…</translation>
    </message>
    <message>
        <source>The vault was re-encrypted in %2 s; it has a new recovery key.</source>
        <translation>La bóveda se volvió a cifrar en %2 s; tiene una nueva clave de recuperación.</translation>
    </message>
    <message>
        <source>Staff and key slots</source>
        <translation>Equipo y ranuras de clave</translation>
    </message>
    <message>
        <source>Each staff member has a key slot: their own passphrase opens the vault. Roles are an office rule that AccompDesk follows, not encryption: every slot opens the whole vault, so give one only to people you trust.</source>
        <translation>Cada miembro del equipo tiene una ranura de clave: su propia frase de contraseña abre la bóveda. Los roles son una norma de la oficina que AccompDesk respeta, no cifrado: cada ranura abre toda la bóveda, así que dé una solo a personas de confianza.</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>&amp;Add a staff member…</source>
        <translation>&amp;Añadir un miembro del equipo…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation>Cambiar &amp;mi frase de contraseña…</translation>
    </message>
    <message>
        <source>Re-issue the recovery &amp;key…</source>
        <translation>Volver a emitir la &amp;clave de recuperación…</translation>
    </message>
</context>
<context>
    <name>StaffPassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
</context>
<context>
    <name>StaffRecoveryKeyDialog</name>
    <message>
        <source>The new recovery key</source>
        <translation>La nueva clave de recuperación</translation>
    </message>
    <message>
        <source>The vault has a new key. Every staff member&apos;s passphrase still opens it, but the old recovery key no longer does. This is the new recovery key, shown only this once: print it or write it down, and keep the paper somewhere safe, away from this computer. Anyone who has it can open the vault.</source>
        <translation>La bóveda tiene una clave nueva. La frase de contraseña de cada miembro del equipo sigue abriéndola, pero la clave de recuperación antigua ya no. Esta es la nueva clave de recuperación, que se muestra solo esta vez: imprímala o anótela, y guarde el papel en un lugar seguro, lejos de este ordenador. Quien la tenga puede abrir la bóveda.</translation>
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
        <source>I have &amp;printed or written down the new recovery key.</source>
        <translation>He &amp;impreso o anotado la nueva clave de recuperación.</translation>
    </message>
</context>
</TS>
