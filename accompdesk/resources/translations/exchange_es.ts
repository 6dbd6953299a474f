<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Every row is read and tried, and nothing is kept: this is what the import would do.</source>
        <translation>Se lee y se prueba cada fila sin guardar nada: esto es lo que haría la importación.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Problem or note</source>
        <translation>Problema o nota</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Save the report as CSV…</source>
        <translation>&amp;Guardar el informe como CSV…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <source>%1 problem(s) stop this file: fix them in the file, or go back and choose to leave rows with problems out. Nothing was imported.</source>
        <translation>%1 problema(s) impiden importar este archivo: corríjalos en el archivo, o vuelva atrás y elija dejar fuera las filas con problemas. No se importó nada.</translation>
    </message>
    <message>
        <source>Ready to import %1 %2: %3 new, %4 updated.</source>
        <translation>Listo para importar %1 %2: %3 nuevos, %4 actualizados.</translation>
    </message>
    <message>
        <source>%1 likely duplicate(s) will be skipped.</source>
        <translation>Se omitirán %1 probable(s) duplicado(s).</translation>
    </message>
    <message>
        <source>%1 row(s) with problems will be left out.</source>
        <translation>Se dejarán fuera %1 fila(s) con problemas.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>El archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>Texto CSV (.csv)</translation>
    </message>
    <message>
        <source>Semicolon (Excel in Spanish)</source>
        <translation>Punto y coma (Excel en español)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>%1: %2 rows, as filtered; columns: %3.</source>
        <translation>%1: %2 filas, con los filtros actuales; columnas: %3.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Destinatarios</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Columns se&amp;parated by</source>
        <translation>Columnas &amp;separadas por</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Internal: names everyone. The file must not leave the office.</source>
        <translation>Interno: nombra a todas las personas. El archivo no debe salir de la oficina.</translation>
    </message>
    <message>
        <source>Diplomatic: people and organisations who consented only to internal use are described, not named, in every column and inside free text.</source>
        <translation>Diplomático: las personas y organizaciones que solo consintieron el uso interno se describen sin nombrarlas, en todas las columnas y dentro de los textos libres.</translation>
    </message>
    <message>
        <source>Public: only people and organisations who consented to publication are named; everyone else is described, in every column and inside free text.</source>
        <translation>Público: solo se nombra a las personas y organizaciones que consintieron la publicación; las demás se describen, en todas las columnas y dentro de los textos libres.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Se exportaron %1 filas a %2.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, as saved by any spreadsheet. Nothing is imported until the last step.</source>
        <translation>Un archivo CSV o de Excel (.xlsx), tal como lo guarda cualquier hoja de cálculo. No se importa nada hasta el último paso.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arch&amp;ivo</translation>
    </message>
    <message>
        <source>Import &amp;into</source>
        <translation>Importar &amp;en</translation>
    </message>
    <message>
        <source>Text &amp;encoding</source>
        <translation>&amp;Codificación del texto</translation>
    </message>
    <message>
        <source>&amp;Columns separated by</source>
        <translation>Columnas &amp;separadas por</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>Saved &amp;mapping</source>
        <translation>Correspondencia &amp;guardada</translation>
    </message>
    <message>
        <source>The first rows, as read:</source>
        <translation>Las primeras filas, tal como se leyeron:</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Elegir una hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>(suggested from the headers)</source>
        <translation>(sugerida a partir de los encabezados)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Libro de Excel, hoja %1</translation>
    </message>
    <message>
        <source>%1 text, columns separated by %2</source>
        <translation>texto %1, columnas separadas por %2</translation>
    </message>
    <message>
        <source>header on row %1, %2 rows below it</source>
        <translation>encabezado en la fila %1, %2 filas debajo</translation>
    </message>
    <message>
        <source>Read as: %1; %2.</source>
        <translation>Leído como: %1; %2.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Reading and checking the rows…</source>
        <translation>Leyendo y revisando las filas…</translation>
    </message>
    <message>
        <source>Cancelling: undoing everything written so far…</source>
        <translation>Cancelando: se deshace todo lo escrito hasta ahora…</translation>
    </message>
    <message>
        <source>Writing to the vault…</source>
        <translation>Escribiendo en la bóveda…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Imported %1 %2: %3 new, %4 updated.</source>
        <translation>Se importaron %1 %2: %3 nuevos, %4 actualizados.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>The import was cancelled; the vault is exactly as it was.</source>
        <translation>Se canceló la importación; la bóveda quedó exactamente como estaba.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>No se importó.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation>Hacer corresponder columnas y campos</translation>
    </message>
    <message>
        <source>Suggested from the headers; change any of them. Columns left as “not imported” are ignored.</source>
        <translation>Sugerida a partir de los encabezados; puede cambiar cualquiera. Las columnas marcadas «no se importa» se ignoran.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Dates are written &amp;month first (03/15/2024)</source>
        <translation>Las fechas se escriben con el &amp;mes primero (03/15/2024)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave out rows with problems</source>
        <translation>Importar las filas &amp;válidas y dejar fuera las filas con problemas</translation>
    </message>
    <message>
        <source>Import rows that &amp;look like records already in the vault</source>
        <translation>Importar también las filas que &amp;parecen registros que ya están en la bóveda</translation>
    </message>
    <message>
        <source>&amp;Save this mapping…</source>
        <translation>&amp;Guardar esta correspondencia…</translation>
    </message>
    <message>
        <source>&amp;Read the values as…</source>
        <translation>&amp;Leer los valores como…</translation>
    </message>
    <message>
        <source>Say what the values of a column mean, such as 3 in a 1–5 severity column</source>
        <translation>Diga qué significan los valores de una columna, como 3 en una columna de gravedad de 1 a 5</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Guardar la correspondencia</translation>
    </message>
    <message>
        <source>Name (for example, the office that sends this file):</source>
        <translation>Nombre (por ejemplo, la oficina que envía este archivo):</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Guardada como «%1».</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
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
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>Accompaniments</source>
        <translation>Acompañamientos</translation>
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
    <name>ValueMapDialog</name>
    <message>
        <source>Read the values as</source>
        <translation>Leer los valores como</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valor en el archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>(as written)</source>
        <translation>(tal como está escrito)</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field with a list of values.</source>
        <translation>Ninguna columna del archivo corresponde a un campo con una lista de valores.</translation>
    </message>
</context>
</TS>
