<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Areas</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Document options</source>
        <translation>Opciones del documento</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incidente:</translation>
    </message>
    <message>
        <source>&amp;Follow-up to the incident&apos;s first alert</source>
        <translation>&amp;Seguimiento de la primera alerta del incidente</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>e.g. Embassy of Norway</source>
        <translation>p. ej. Embajada de Noruega</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;giones:</translation>
    </message>
    <message>
        <source>All regions (or several, separated by commas)</source>
        <translation>Todas las regiones (o varias, separadas por comas)</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Público:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Tama&amp;ño de página:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <source>The situation in your words; left empty, the document leaves a marked place for it.</source>
        <translation>La situación en sus palabras; si queda vacío, el documento deja un lugar marcado para ella.</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>Peticio&amp;nes:</translation>
    </message>
    <message>
        <source>What the office asks of the recipient.</source>
        <translation>Lo que la oficina pide al destinatario.</translation>
    </message>
    <message>
        <source>Key co&amp;ncerns:</source>
        <translation>Principales preoc&amp;upaciones:</translation>
    </message>
    <message>
        <source>One concern per line; left empty, drafted from the record.</source>
        <translation>Una preocupación por línea; si se deja vacío, se redacta a partir de los registros.</translation>
    </message>
    <message>
        <source>&amp;Draft concerns and requests from the record</source>
        <translation>&amp;Redactar preocupaciones y solicitudes a partir de los registros</translation>
    </message>
    <message>
        <source>Recommended a&amp;ctions:</source>
        <translation>A&amp;cciones recomendadas:</translation>
    </message>
    <message>
        <source>Left empty, the standard recommended actions.</source>
        <translation>Si queda vacío, las acciones recomendadas habituales.</translation>
    </message>
    <message>
        <source>What c&amp;hanged:</source>
        <translation>Qué ca&amp;mbió:</translation>
    </message>
    <message>
        <source>Since the first alert, in your words.</source>
        <translation>Desde la primera alerta, en sus palabras.</translation>
    </message>
</context>
<context>
    <name>ReportOutline</name>
    <message>
        <source>Table: %1 rows (%2)</source>
        <translation>Tabla: %1 filas (%2)</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The weekly roster has its own page, with a print preview and its own way to save it.</source>
        <translation>El turno semanal tiene su propia página, con vista previa de impresión y su propia forma de guardarlo.</translation>
    </message>
    <message>
        <source>Open the &amp;weekly roster</source>
        <translation>Abrir el &amp;turno semanal</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>Esquema del documento</translation>
    </message>
    <message>
        <source>Show the &amp;outline</source>
        <translation>Mostrar el &amp;esquema</translation>
    </message>
    <message>
        <source>Build the document and show its headings and first lines, as its audience will read them</source>
        <translation>Prepara el documento y muestra sus títulos y primeras líneas, tal como los leerá su público</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Recognised from the recipient, if it names one</source>
        <translation>Reconocido en el destinatario, si nombra uno</translation>
    </message>
    <message>
        <source>Recipient&apos;s country</source>
        <translation>País del destinatario</translation>
    </message>
    <message>
        <source>Volunteers who are its nationals are counted in the briefing</source>
        <translation>El informe cuenta a los voluntarios que son nacionales de este país</translation>
    </message>
    <message>
        <source>“%1” is not a country; choose one from the list.</source>
        <translation>«%1» no es un país; elija uno de la lista.</translation>
    </message>
    <message>
        <source>Embassy briefing</source>
        <translation>Informe para embajadas</translation>
    </message>
    <message>
        <source>Urgent alert for an incident</source>
        <translation>Alerta urgente por un incidente</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Informe estadístico</translation>
    </message>
    <message>
        <source>Weekly roster</source>
        <translation>Turno semanal</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público general</translation>
    </message>
    <message>
        <source>Diplomatic (confidential)</source>
        <translation>Diplomático (confidencial)</translation>
    </message>
    <message>
        <source>Internal (never leaves the office)</source>
        <translation>Interno (nunca sale de la oficina)</translation>
    </message>
    <message>
        <source>PDF (to send as is)</source>
        <translation>PDF (para enviar tal cual)</translation>
    </message>
    <message>
        <source>Word (to polish)</source>
        <translation>Word (para pulir)</translation>
    </message>
    <message>
        <source>Excel workbook (the tables)</source>
        <translation>Libro de Excel (las tablas)</translation>
    </message>
    <message>
        <source>Building the outline…</source>
        <translation>Preparando el esquema…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>Drafting from the record…</source>
        <translation>Redactando a partir de los registros…</translation>
    </message>
    <message>
        <source>Drafted from the record; edit the concerns and requests before saving.</source>
        <translation>Redactado a partir de los registros; revise las preocupaciones y solicitudes antes de guardar.</translation>
    </message>
    <message>
        <source>Gathering the record…</source>
        <translation>Reuniendo el registro…</translation>
    </message>
    <message>
        <source>Writing the pages and checking every name…</source>
        <translation>Escribiendo las páginas y revisando cada nombre…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Guardando el archivo…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The outline shows the document as its audience will read it.</source>
        <translation>El esquema muestra el documento tal como lo leerá su público.</translation>
    </message>
    <message>
        <source>Written to %1 (%2 KB).</source>
        <translation>Guardado en %1 (%2 KB).</translation>
    </message>
    <message>
        <source>The context and the requests are still placeholders. Save the briefing as a draft anyway?</source>
        <translation>El contexto y las solicitudes siguen sin redactar. ¿Guardar el informe como borrador de todos modos?</translation>
    </message>
    <message>
        <source>Recipient&apos;s countr&amp;y:</source>
        <translation>P&amp;aís del destinatario:</translation>
    </message>
    <message>
        <source>The context is still a placeholder. Save the briefing as a draft anyway?</source>
        <translation>El contexto sigue sin redactar. ¿Guardar el informe como borrador de todos modos?</translation>
    </message>
    <message>
        <source>The requests are still a placeholder. Save the briefing as a draft anyway?</source>
        <translation>Las solicitudes siguen sin redactar. ¿Guardar el informe como borrador de todos modos?</translation>
    </message>
    <message>
        <source>Placeholders left</source>
        <translation>Textos sin redactar</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>The file could not be written: %1.</source>
        <translation>No se pudo escribir el archivo: %1.</translation>
    </message>
    <message>
        <source>The document could not be made (%1).</source>
        <translation>No se pudo preparar el documento (%1).</translation>
    </message>
</context>
</TS>
