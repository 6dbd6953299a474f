"""The audit log as a document, for accountability: who did what to which record, when.

The log names staff and record identifiers, never record contents; it is still an
internal document, since it shows who worked on what and when. The window's table and
this document say the same; the words here are the documents' own (English, Spanish).
"""

from __future__ import annotations

import datetime as dt

from .labels import classification, long_date, number
from .model import Document, Table, TitleBlock

_WORDS = {
    "title": ("Audit log", "Registro de auditoría"),
    "exported_by": ("Exported by", "Exportado por"),
    "date": ("Date", "Fecha"),
    "entries": ("Entries", "Entradas"),
    "chain": ("Chain", "Cadena"),
    "not_verified": ("not verified", "sin verificar"),
    "intact": ("%d audit entries; the chain is intact.", "%d entradas de auditoría; la cadena está intacta."),
    "staff": ("Staff member", "Persona del equipo"),
    "action": ("Action", "Acción"),
    "kind": ("Kind of record", "Tipo de registro"),
    "record": ("Record", "Registro"),
    "from": ("From", "Desde"),
    "until": ("Until", "Hasta"),
    "no": ("No.", "N.º"),
    "when": ("When", "Cuándo"),
    "who": ("Who", "Quién"),
    "identifier": ("Identifier", "Identificador"),
    "detail": ("Detail", "Detalle"),
}

# Relative widths of the columns. A record's id is one word of 36 characters: its column
# holds the widest (167 points of 8-point Noto Sans, and the padding) on a landscape
# Letter page, the narrower paper, so that no id breaks over two lines.
WIDTHS = [0.6, 1.3, 1.1, 1.6, 1.7, 3.1, 2.6]

_TABLES = {
    "persons": ("Defender", "Persona defensora"), "organisations": ("Organisation", "Organización"),
    "incidents": ("Incident", "Incidente"), "authorities": ("Authority", "Autoridad"),
    "officials": ("Official", "Funcionario/a"), "meetings": ("Meeting", "Reunión"),
    "commitments": ("Commitment", "Compromiso"), "volunteers": ("Volunteer", "Voluntario/a"),
    "accompaniments": ("Accompaniment", "Acompañamiento"), "checkins": ("Check-in", "Llamada de seguridad"),
    "alerts": ("Alert", "Alerta"), "users": ("Staff member", "Persona del equipo"),
    "attachments": ("Attachment", "Adjunto"), "vault": ("Vault", "Bóveda"),
    "settings": ("Office settings", "Ajustes de la oficina"),
    "checkin_schedules": ("Check-in schedule", "Calendario de llamadas"),
}

_ACTIONS = {
    "create": ("created", "creado"), "update": ("changed", "modificado"),
    "delete": ("moved to the Trash", "movido a la papelera"),
    "restore": ("restored from the Trash", "recuperado de la papelera"), "purge": ("purged", "eliminado definitivamente"),
    "import": ("imported", "importado"), "export": ("exported", "exportado"), "backup": ("backup", "copia de seguridad"),
    "rekey": ("new key", "nueva clave"), "change passphrase": ("passphrase changed", "frase de contraseña cambiada"),
    "settings": ("settings changed", "ajustes cambiados"), "create vault": ("vault created", "bóveda creada"),
    "restore from backup": ("restored from a backup", "restaurada desde una copia de seguridad"),
    "switch to restored vault": ("switched to a restored vault", "cambio a una bóveda restaurada"),
    "save attachment copy": ("attachment copy saved", "copia de adjunto guardada"),
}


def word(key: str, language: str) -> str:
    en, es = _WORDS[key]
    return es if language == "es" else en


def _pick(pair: tuple[str, str] | None, fallback: str, language: str) -> str:
    if pair is None:
        return fallback
    return pair[1] if language == "es" else pair[0]


def table_label(table: str, language: str) -> str:
    return _pick(_TABLES.get(table), table, language)


def action_label(action: str, language: str) -> str:
    return _pick(_ACTIONS.get(action), action, language)


def record_label(table: str, record_id: str, language: str) -> str:
    if not record_id:
        return table_label(table, language)
    return f"{table_label(table, language)} {record_id[:8]}"


def local_stamp(stamp: str) -> str:
    """A log timestamp (UTC ISO) in the machine's local time, to the minute."""
    if not stamp:
        return ""
    moment = dt.datetime.fromisoformat(stamp.rstrip("Z")[:19]).replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def build_audit_log(entries: list, *, office: str, language: str, filters: list[tuple[str, str]],
                    chain: str, exported_by: str, today: dt.date, page_size: str = "A4") -> Document:
    """`entries` oldest first; `filters` the (label, value) pairs that chose them."""
    lang = "es" if language == "es" else "en"
    title = word("title", lang)
    facts = [(word("exported_by", lang), exported_by), (word("date", lang), long_date(today, lang)),
             (word("entries", lang), number(len(entries), lang)),
             (word("chain", lang), chain or word("not_verified", lang))]
    facts += filters
    doc = Document(kind="audit log", title=title, classification=classification("internal", lang),
                   office=office, audience="internal", language=lang, page_size=page_size,
                   landscape=True)
    doc.add(TitleBlock(title, office, facts))
    rows = [[str(e.seq), local_stamp(e.at), e.user, action_label(e.action, lang),
             record_label(e.record_table, e.record_id, lang), e.record_id, e.detail] for e in entries]
    header = [word(k, lang) for k in ("no", "when", "who", "action", "record", "identifier", "detail")]
    doc.add(Table(header, rows, widths=WIDTHS, numeric=[0]))
    return doc
