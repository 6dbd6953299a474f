<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Areas</name>
    <message>
        <source>Authorities</source>
        <translation>Autoridades</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalamiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>AuthoritiesView</name>
    <message>
        <source>&amp;New authority</source>
        <translation>&amp;Nueva autoridad</translation>
    </message>
    <message>
        <source>Chain of command</source>
        <translation>Cadena de mando</translation>
    </message>
    <message>
        <source>Type to find an authority by name, kind or territory</source>
        <translation>Escriba para buscar una autoridad por nombre, tipo o territorio</translation>
    </message>
    <message>
        <source>Find an authority</source>
        <translation>Buscar una autoridad</translation>
    </message>
    <message>
        <source>Drag an authority onto its superior to move it in the chain.</source>
        <translation>Arrastre una autoridad sobre su superior para moverla en la cadena.</translation>
    </message>
    <message numerus="yes">
        <source>%n authority(ies)</source>
        <translation>
            <numerusform>%n autoridad</numerusform>
            <numerusform>%n autoridades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now stands under %2.</source>
        <translation>%1 queda ahora bajo %2.</translation>
    </message>
    <message>
        <source>%1 now stands at the top of its chain.</source>
        <translation>%1 queda ahora en la cima de su cadena.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Choose the new superior</source>
        <translation>Elegir el nuevo superior</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>New &amp;subordinate authority</source>
        <translation>Nueva autoridad &amp;subordinada</translation>
    </message>
    <message>
        <source>New o&amp;fficial</source>
        <translation>Nuevo &amp;funcionario</translation>
    </message>
    <message>
        <source>New &amp;meeting</source>
        <translation>Nueva &amp;reunión</translation>
    </message>
    <message>
        <source>Move &amp;under…</source>
        <translation>&amp;Mover bajo…</translation>
    </message>
    <message>
        <source>Put at the &amp;top of its chain</source>
        <translation>Poner en la &amp;cima de su cadena</translation>
    </message>
</context>
<context>
    <name>AuthorityDetails</name>
    <message>
        <source>&amp;Edit the authority…</source>
        <translation>&amp;Editar la autoridad…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>En el cargo</translation>
    </message>
    <message>
        <source>Officials and their dates in post</source>
        <translation>Funcionarios y sus fechas en el cargo</translation>
    </message>
    <message>
        <source>Show &amp;former officials</source>
        <translation>Mostrar funcionarios &amp;anteriores</translation>
    </message>
    <message>
        <source>New o&amp;fficial…</source>
        <translation>Nuevo &amp;funcionario…</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <source>Meeting or commitment</source>
        <translation>Reunión o compromiso</translation>
    </message>
    <message>
        <source>Date or due</source>
        <translation>Fecha o plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Meetings with this authority and what it committed to</source>
        <translation>Reuniones con esta autoridad y lo que se comprometió a hacer</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>Nueva &amp;reunión…</translation>
    </message>
    <message>
        <source>Meetings and commitments</source>
        <translation>Reuniones y compromisos</translation>
    </message>
    <message>
        <source>Choose an authority in the tree</source>
        <translation>Elija una autoridad en el árbol</translation>
    </message>
    <message>
        <source>Drag an authority onto another to change its superior; drop it on the empty space below the tree to put it at the top.</source>
        <translation>Arrastre una autoridad sobre otra para cambiar su superior; suéltela en el espacio vacío bajo el árbol para ponerla en la cima.</translation>
    </message>
    <message>
        <source>Above it: %1</source>
        <translation>Por encima: %1</translation>
    </message>
    <message>
        <source>No superior recorded: it stands at the top of its chain.</source>
        <translation>No tiene superior registrado: está en la cima de su cadena.</translation>
    </message>
</context>
<context>
    <name>AuthorityForm</name>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>New authority</source>
        <translation>Nueva autoridad</translation>
    </message>
    <message>
        <source>would make the chain of command a circle: choose an authority that is not under this one.</source>
        <translation>convertiría la cadena de mando en un círculo: elija una autoridad que no esté bajo esta.</translation>
    </message>
</context>
<context>
    <name>AuthorityTreeModel</name>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>That authority is no longer in the list.</source>
        <translation>Esa autoridad ya no está en la lista.</translation>
    </message>
    <message>
        <source>%1 cannot be its own superior.</source>
        <translation>%1 no puede ser su propio superior.</translation>
    </message>
    <message>
        <source>%1 cannot go under %2: %2 is already under it, and the chain of command would become a circle.</source>
        <translation>%1 no puede quedar bajo %2: %2 ya está bajo ella y la cadena de mando se convertiría en un círculo.</translation>
    </message>
    <message>
        <source>It is already there.</source>
        <translation>Ya está ahí.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>No hay nada que mover.</translation>
    </message>
    <message>
        <source>The chain of command would become a circle; nothing was moved.</source>
        <translation>La cadena de mando se convertiría en un círculo; no se movió nada.</translation>
    </message>
</context>
<context>
    <name>ChainForms</name>
    <message numerus="yes">
        <source>%n unsaved form(s) of the chain of command came back as typed.</source>
        <translation>
            <numerusform>%n formulario sin guardar de la cadena de mando volvió tal como lo dejó.</numerusform>
            <numerusform>%n formularios sin guardar de la cadena de mando volvieron tal como los dejó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainText</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>vencido hace %n día</numerusform>
            <numerusform>vencido hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %n authority(ies) in the chain of command</source>
        <translation>
            <numerusform>mover %n autoridad en la cadena de mando</numerusform>
            <numerusform>mover %n autoridades en la cadena de mando</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>vence en %n día</numerusform>
            <numerusform>vence en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n incumplido</numerusform>
            <numerusform>%n incumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly kept</source>
        <translation>
            <numerusform>%n cumplido parcialmente</numerusform>
            <numerusform>%n cumplidos parcialmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n cumplido</numerusform>
            <numerusform>%n cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <source>History of its status</source>
        <translation>Historial de su estado</translation>
    </message>
</context>
<context>
    <name>CommitmentHistory</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The history begins when the commitment is saved.</source>
        <translation>El historial empieza cuando se guarda el compromiso.</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note on status</source>
        <translation>Nota sobre el estado</translation>
    </message>
    <message>
        <source>Commitments made at this meeting</source>
        <translation>Compromisos adquiridos en esta reunión</translation>
    </message>
    <message>
        <source>Add a co&amp;mmitment…</source>
        <translation>Añadir un co&amp;mpromiso…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>What the authority committed to, and whether it kept it.</source>
        <translation>Lo que la autoridad se comprometió a hacer y si lo cumplió.</translation>
    </message>
    <message>
        <source>Adding a commitment saves the meeting first.</source>
        <translation>Al añadir un compromiso, primero se guarda la reunión.</translation>
    </message>
</context>
<context>
    <name>EscalationView</name>
    <message>
        <source>An incident</source>
        <translation>Un incidente</translation>
    </message>
    <message>
        <source>A defender</source>
        <translation>Una persona defensora</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Una organización</translation>
    </message>
    <message>
        <source>A region</source>
        <translation>Una región</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <source>The last full quarter</source>
        <translation>El último trimestre completo</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Entre fechas</translation>
    </message>
    <message>
        <source>All their incidents</source>
        <translation>Todos sus incidentes</translation>
    </message>
    <message>
        <source>Never raised with anyone</source>
        <translation>Nunca planteados ante nadie</translation>
    </message>
    <message>
        <source>Never raised above the local level</source>
        <translation>Nunca planteados por encima del nivel local</translation>
    </message>
    <message>
        <source>Never raised above the brigade</source>
        <translation>Nunca planteados por encima de la brigada</translation>
    </message>
    <message>
        <source>Never raised above the regional level</source>
        <translation>Nunca planteados por encima del nivel regional</translation>
    </message>
    <message>
        <source>Never raised above the national level</source>
        <translation>Nunca planteados por encima del nivel nacional</translation>
    </message>
    <message>
        <source>Escalation of</source>
        <translation>Escalamiento de</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;Escalation of:</source>
        <translation>&amp;Escalamiento de:</translation>
    </message>
    <message>
        <source>&amp;Incidents of:</source>
        <translation>&amp;Incidentes de:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Highest level reached</source>
        <translation>Nivel más alto alcanzado</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Incidents and how far they were raised</source>
        <translation>Incidentes y hasta dónde se plantearon</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalamiento</translation>
    </message>
    <message>
        <source>— choose a region —</source>
        <translation>— elija una región —</translation>
    </message>
    <message>
        <source>Choose whose incidents to follow up the chain of command.</source>
        <translation>Elija de quién son los incidentes que quiere seguir por la cadena de mando.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s) shown.</source>
        <translation>
            <numerusform>Se muestran %1 de %n incidente.</numerusform>
            <numerusform>Se muestran %1 de %n incidentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incidente.</numerusform>
            <numerusform>%n incidentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n incident(s) together</source>
        <translation>
            <numerusform>El incidente en conjunto</numerusform>
            <numerusform>Los %n incidentes en conjunto</numerusform>
        </translation>
    </message>
    <message>
        <source>Never raised</source>
        <translation>Nunca planteado</translation>
    </message>
    <message>
        <source>Raise the incident: %1</source>
        <translation>Plantear el incidente: %1</translation>
    </message>
    <message numerus="yes">
        <source>Raise %n incident(s)</source>
        <translation>
            <numerusform>Plantear %n incidente</numerusform>
            <numerusform>Plantear %n incidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Due soon means within</source>
        <translation>Vence pronto significa dentro de</translation>
    </message>
    <message>
        <source>&amp;Due soon means within</source>
        <translation>&amp;Vence pronto significa dentro de</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Authority and commitment</source>
        <translation>Autoridad y compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Commitments overdue and due soon</source>
        <translation>Compromisos vencidos y por vencer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Meetings to hold</source>
        <translation>Reuniones por realizar</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Grave incidents not raised beyond the local level</source>
        <translation>Incidentes graves no planteados más allá del nivel local</translation>
    </message>
    <message>
        <source>See its &amp;escalation ladder</source>
        <translation>Ver su escalera de &amp;escalamiento</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n por vencer</numerusform>
            <numerusform>%n por vencer</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments: %1 overdue, %2 due soon</source>
        <translation>Compromisos vencidos: %1; por vencer: %2</translation>
    </message>
    <message>
        <source>Nothing is overdue or due soon.</source>
        <translation>No hay nada vencido ni por vencer.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Next meeting asked for at the meeting of %1</source>
        <translation>Próxima reunión acordada en la reunión del %1</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation>Esta fecha ya pasó.</translation>
    </message>
    <message>
        <source>Meetings to hold (%1)</source>
        <translation>Reuniones por realizar (%1)</translation>
    </message>
    <message>
        <source>Grave incidents not raised beyond the local level (%1)</source>
        <translation>Incidentes graves no planteados más allá del nivel local (%1)</translation>
    </message>
</context>
<context>
    <name>LadderWidget</name>
    <message>
        <source>Start a &amp;meeting with it…</source>
        <translation>Iniciar una &amp;reunión con ella…</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Planteado</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escalera de escalamiento</translation>
    </message>
    <message>
        <source>%1 level</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>The chain above the unit responsible: %1.</source>
        <translation>La cadena por encima de la unidad responsable: %1.</translation>
    </message>
    <message>
        <source>No unit is recorded as responsible: the territorial authorities of %1.</source>
        <translation>No hay una unidad registrada como responsable: las autoridades territoriales de %1.</translation>
    </message>
    <message>
        <source>Neither a responsible unit nor an authority of the place is recorded: record the unit or the territory of the authorities to see the whole chain.</source>
        <translation>No hay registrada ni una unidad responsable ni una autoridad del lugar: registre la unidad o el territorio de las autoridades para ver toda la cadena.</translation>
    </message>
    <message>
        <source>Next step: %1 (%2 level).</source>
        <translation>Siguiente paso: %1 (nivel %2).</translation>
    </message>
    <message>
        <source>Every rung of the chain has been reached or has a meeting planned.</source>
        <translation>Se ha llegado a todos los peldaños de la cadena o hay una reunión planificada con ellos.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) together: how far each authority has heard of them.</source>
        <translation>
            <numerusform>%n incidente en conjunto: hasta dónde lo ha conocido cada autoridad.</numerusform>
            <numerusform>%n incidentes en conjunto: hasta dónde los ha conocido cada autoridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step for %n incident(s): %1.</source>
        <translation>
            <numerusform>Siguiente paso para %n incidente: %1.</numerusform>
            <numerusform>Siguiente paso para %n incidentes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every rung of every chain has been reached or has a meeting planned.</source>
        <translation>Se ha llegado a todos los peldaños de todas las cadenas o hay una reunión planificada con ellos.</translation>
    </message>
    <message>
        <source>No superior is recorded above %1: complete the chain of command in Authorities.</source>
        <translation>No hay un superior registrado por encima de %1: complete la cadena de mando en Autoridades.</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Planteado el %1</translation>
    </message>
    <message>
        <source>Meeting planned %1</source>
        <translation>Reunión planificada para el %1</translation>
    </message>
    <message>
        <source>Never raised — next step</source>
        <translation>Nunca planteado — siguiente paso</translation>
    </message>
    <message>
        <source>Never raised</source>
        <translation>Nunca planteado</translation>
    </message>
    <message>
        <source>Raised for %1 of %2</source>
        <translation>Planteado para %1 de %2</translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation>Reunión planificada</translation>
    </message>
    <message numerus="yes">
        <source>Never raised (%n incident(s) on this chain)</source>
        <translation>
            <numerusform>Nunca planteado (%n incidente en esta cadena)</numerusform>
            <numerusform>Nunca planteado (%n incidentes en esta cadena)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next step for %n incident(s)</source>
        <translation>
            <numerusform>El siguiente paso para %n incidente</numerusform>
            <numerusform>El siguiente paso para %n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — outside the chain</source>
        <translation>%1 — fuera de la cadena</translation>
    </message>
    <message numerus="yes">
        <source>(%n of these incidents)</source>
        <translation>
            <numerusform>(%n de estos incidentes)</numerusform>
            <numerusform>(%n de estos incidentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>plazo %1</translation>
    </message>
    <message>
        <source>Start a &amp;meeting with this authority…</source>
        <translation>Iniciar una &amp;reunión con esta autoridad…</translation>
    </message>
    <message>
        <source>&amp;Open the authority</source>
        <translation>&amp;Abrir la autoridad</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <source>Choose incidents</source>
        <translation>Elegir incidentes</translation>
    </message>
    <message>
        <source>Choose persons</source>
        <translation>Elegir personas</translation>
    </message>
    <message>
        <source>Choose organisations</source>
        <translation>Elegir organizaciones</translation>
    </message>
    <message>
        <source>Choose volunteers</source>
        <translation>Elegir voluntarios</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Take out of %1</source>
        <translation>Quitar de %1</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>What was &amp;raised</source>
        <translation>Lo que se &amp;planteó</translation>
    </message>
    <message>
        <source>What was sai&amp;d</source>
        <translation>Lo que se &amp;dijo</translation>
    </message>
    <message>
        <source>&amp;Commitments and follow-up</source>
        <translation>&amp;Compromisos y seguimiento</translation>
    </message>
    <message>
        <source>Plan the ne&amp;xt meeting…</source>
        <translation>Planificar la pró&amp;xima reunión…</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nueva reunión</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Type to search purposes and what was said</source>
        <translation>Escriba para buscar en propósitos y en lo que se dijo</translation>
    </message>
    <message>
        <source>Search the meetings</source>
        <translation>Buscar en las reuniones</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>and those &amp;under it</source>
        <translation>y las que están &amp;bajo ella</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Incident raised</source>
        <translation>Incidente planteado</translation>
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
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Autoridad:</translation>
    </message>
    <message>
        <source>Incident raised:</source>
        <translation>Incidente planteado:</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>Ninguna reunión coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No meeting is recorded yet. Press “New meeting” to record one.</source>
        <translation>Aún no hay reuniones registradas. Pulse «Nueva reunión» para registrar una.</translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <source>Official</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <source>New official</source>
        <translation>Nuevo funcionario</translation>
    </message>
</context>
<context>
    <name>OfficialsEditor</name>
    <message>
        <source>Show everyone who ever held a post here</source>
        <translation>Mostrar a todos los que han ocupado un cargo aquí</translation>
    </message>
    <message>
        <source>New official…</source>
        <translation>Nuevo funcionario…</translation>
    </message>
    <message>
        <source>— not in post on this date</source>
        <translation>— no estaba en el cargo en esta fecha</translation>
    </message>
    <message>
        <source>Choose the authority and the date: the officials in post then are offered here.</source>
        <translation>Elija la autoridad y la fecha: aquí se ofrecen los funcionarios que estaban en el cargo entonces.</translation>
    </message>
    <message>
        <source>Nobody is recorded in post here on this date. Add the official, or show everyone who held a post.</source>
        <translation>No hay nadie registrado en el cargo aquí en esta fecha. Añada al funcionario o muestre a todos los que han ocupado un cargo.</translation>
    </message>
    <message>
        <source>Tick who was present.</source>
        <translation>Marque quién estuvo presente.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
</context>
</TS>
