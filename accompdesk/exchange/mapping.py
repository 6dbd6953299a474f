"""Which column of a file fills which field: suggested from the headers, then changed
by a saved profile and by the user (`--map COLUMN=field`, or the wizard).

Headers are compared folded (no case, no accents, no punctuation, no "(dd/mm/aaaa)"
hints), against each field's name, its English and Spanish labels, and the words
offices actually use in their spreadsheets.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field

from ..domain.fields import FieldSpec, specs
from ..domain.records import CSV_TYPES, Record
from ..domain.vocab import fold
from ..domain.messages import Message
from ..vault.errors import InputRejected, UsageError

ID = "id"

# Words found in offices' spreadsheets, by field name (any table that has the field).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("nombre", "nombres", "nombre y apellido", "nombres y apellidos", "nombre completo",
                  "name", "names", "full name", "apellidos y nombres"),
    "name": ("nombre", "name", "razon social", "nombre de la organizacion", "organizacion",
             "organization", "organisation"),
    "alias": ("alias", "seudonimo", "nombre publico", "nombre para publicacion", "pseudonym",
              "public name", "alias for publication"),
    "kind": ("tipo", "clase", "categoria", "type", "category", "kind"),
    "id_number": ("cedula", "cedula de ciudadania", "documento", "documento de identidad", "numero de documento",
                  "no documento", "dni", "pasaporte", "id number", "identity document", "passport"),
    "region": ("region", "departamento", "depto", "provincia", "estado", "zona", "state",
               "province", "department", "area"),
    "risk_level": ("riesgo", "nivel de riesgo", "risk", "risk level"),
    "accompaniment_status": ("estado del acompanamiento", "acompanamiento", "accompaniment",
                             "accompaniment status"),
    "consent_level": ("consentimiento", "nivel de consentimiento", "consent", "consent level",
                      "publicacion", "visibilidad"),
    "contact": ("contacto", "telefono", "celular", "datos de contacto", "contact", "phone",
                "telephone", "email", "correo"),
    "notes": ("notas", "observaciones", "comentarios", "nota", "notes", "remarks", "comments",
              "observations"),
    "checkin_protocol": ("protocolo", "protocolo de seguridad", "llamadas de seguridad",
                         "check in protocol", "safety protocol"),
    "organisation_id": ("organizacion", "organizaciones", "organization", "organisation",
                        "proceso organizativo", "org"),
    "summary": ("resumen", "titulo", "asunto", "hecho", "evento", "caso", "summary", "title",
                "event", "subject"),
    "occurred_on": ("fecha", "fecha del hecho", "fecha del incidente", "fecha del evento",
                    "fecha de los hechos", "dia", "date", "incident date", "date of incident",
                    "when"),
    "date_precision": ("precision", "precision de la fecha", "date precision"),
    "place": ("lugar", "sitio", "localidad", "vereda", "municipio", "ubicacion", "place",
              "location", "site", "where"),
    "affected_persons": ("victima", "victimas", "persona afectada", "personas afectadas", "afectado",
                         "afectados", "afectada", "defensor", "defensora", "defensores", "victim",
                         "victims", "person affected", "persons affected", "affected person",
                         "affected persons", "defender", "defenders"),
    "affected_person_roles": ("rol", "roles", "rol de la victima", "roles de las personas afectadas",
                              "role", "roles of persons affected"),
    "affected_organisations": ("organizacion afectada", "organizaciones afectadas",
                               "organization affected", "organisations affected",
                               "affected organisation", "affected organization", "organizacion",
                               "organizaciones", "organization", "organisation"),
    "perpetrator_type": ("presunto responsable", "responsable", "perpetrador", "agresor",
                         "presunto autor", "autor", "tipo de responsable", "perpetrator",
                         "alleged perpetrator", "perpetrator type"),
    "perpetrator_authority_id": ("unidad", "unidad responsable", "unidad militar", "batallon",
                                 "perpetrator unit", "unit"),
    "perpetrator_description": ("detalles del responsable", "descripcion del responsable",
                                "perpetrator details"),
    "source_kind": ("fuente", "tipo de fuente", "source", "source type", "source kind"),
    "source": ("detalles de la fuente", "detalle de la fuente", "fuente detalle", "source details"),
    "verification": ("verificacion", "verificado", "estado de verificacion", "verification",
                     "verified"),
    "severity": ("gravedad", "severidad", "severity", "seriousness"),
    "description": ("descripcion", "relato", "narracion", "detalle", "detalles", "descripcion del hecho",
                    "description", "narrative", "details", "account"),
    "reported": ("denunciado", "denuncia", "se denuncio", "reported", "complaint filed"),
    "reported_to": ("denunciado ante", "ante quien", "entidad", "reported to"),
    "follow_up": ("seguimiento", "estado del caso", "follow up", "follow-up"),
    "superior_id": ("superior", "unidad superior", "depende de", "jefe", "reports to", "parent",
                    "superior unit"),
    "level": ("nivel", "level"),
    "territory": ("territorio", "jurisdiccion", "territory", "jurisdiction"),
    "authority_id": ("autoridad", "entidad", "institucion", "authority", "institution"),
    "position": ("cargo", "puesto", "rango", "position", "rank", "post"),
    "start_on": ("desde", "inicio", "en el cargo desde", "from", "start"),
    "end_on": ("hasta", "fin", "en el cargo hasta", "until", "end"),
    "held_on": ("fecha", "fecha de la reunion", "date", "meeting date"),
    "purpose": ("proposito", "objetivo", "tema", "asunto", "purpose", "topic", "subject"),
    "officials": ("funcionarios", "funcionarios presentes", "asistentes", "officials",
                  "officials present"),
    "volunteers": ("voluntarios", "voluntarias", "acompanantes", "volunteers"),
    "delegation": ("delegacion", "delegation"),
    "incidents": ("incidentes", "casos", "hechos", "incidents"),
    "persons": ("personas", "defensores", "persons", "people"),
    "organisations": ("organizaciones", "organisations", "organizations"),
    "next_meeting_on": ("proxima reunion", "next meeting"),
    "status": ("estado", "status", "situacion"),
    "nationalities": ("nacionalidad", "nacionalidades", "pais", "nationality", "nationalities"),
    "languages": ("idiomas", "idioma", "lenguas", "languages"),
    "team": ("equipo", "team"),
    "arrival_on": ("llegada", "fecha de llegada", "arrival", "arrival date"),
    "departure_on": ("salida", "fecha de salida", "departure", "departure date"),
    "visa_expires_on": ("visa", "vencimiento de la visa", "vence visa", "visa expiry"),
    "emergency_contact": ("contacto de emergencia", "emergency contact"),
    "person_id": ("persona", "persona acompanada", "defensor", "defensora", "person",
                  "person accompanied"),
    "meeting_point": ("punto de encuentro", "meeting point"),
    "starts_at": ("inicio", "desde", "fecha de inicio", "hora de inicio", "starts", "start", "from"),
    "ends_at": ("fin", "hasta", "fecha de fin", "hora de fin", "ends", "end", "until"),
}


def header_key(text: str) -> str:
    """A header as compared: folded, hints in brackets dropped, punctuation as spaces."""
    text = re.sub(r"[(\[{].*?[)\]}]", " ", str(text or ""))
    folded = fold(text).replace("_", " ")
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def targets(table: str) -> dict[str, FieldSpec | None]:
    """Every field a column can fill ('id' first, with no spec)."""
    return {ID: None, **specs(record_type(table))}


def record_type(table: str) -> type[Record]:
    try:
        return CSV_TYPES[table]
    except KeyError:
        raise UsageError("exchange.mapping.table_one_not", items=', '.join(CSV_TYPES), table=table) from None


@functools.cache
def _names(table: str) -> dict[str, list[tuple[str, float]]]:
    """header key -> [(field, strength)]: field names and labels are stronger than synonyms."""
    out: dict[str, list[tuple[str, int]]] = {}
    for name, spec in targets(table).items():
        # A label outranks a field name spelled like a header: our own exports write
        # "Source" (source_kind's label) beside "Source details" (source's label).
        words = [(name, 2.5), (name.removesuffix("_id"), 2.5)]
        if spec is not None:
            words += [(spec.label_en, 3), (spec.label_es, 3)]
        words += [(s, 2) for s in SYNONYMS.get(name, ())]
        for word, strength in words:
            out.setdefault(header_key(word), []).append((name, strength))
    return out


def is_known_header(table: str):
    names = _names(table)
    return lambda text: header_key(text) in names


@dataclass
class Column:
    index: int
    header: str
    field: str | None
    source: str  # "suggested", "profile", "--map", "none"


@dataclass
class Mapping:
    table: str
    columns: list[Column] = field(default_factory=list)

    def fields(self) -> dict[str, list[int]]:
        """field -> the columns that fill it, in file order."""
        out: dict[str, list[int]] = {}
        for c in self.columns:
            if c.field:
                out.setdefault(c.field, []).append(c.index)
        return out

    def as_dict(self) -> dict[str, str | None]:
        return {c.header: c.field for c in self.columns}

    def describe(self, language: str = "en") -> list[str]:
        fields = targets(self.table)
        width = max((len(c.header) for c in self.columns), default=0)
        lines = []
        for c in self.columns:
            if c.field:
                spec = fields[c.field]
                label = spec.label(language) if spec else "record id"
                what = f"{c.field} ({label})"
            else:
                what = "(not imported)"
            how = {"suggested": "", "profile": "  [profile]", "--map": "  [--map]"}.get(c.source, "")
            lines.append(f"{c.header.ljust(width)}  ->  {what}{how}")
        return lines


def suggest(table: str, headers: list[str]) -> Mapping:
    """The likeliest field for each column; each field taken by the best column only."""
    names = _names(table)
    keys = list(names)
    candidates = []  # (score, column, field)
    fields = targets(table)
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        if header.strip() in fields:
            candidates.append((20, -index, header.strip()))  # canonical files name fields exactly
            continue
        for name, strength in names.get(key, []):
            candidates.append((10 + strength, -index, name))
        if key not in names:
            # "Fecha del hecho (dd/mm/aaaa)" -> "fecha del hecho"; "Tipo de agresión" -> "tipo"
            words = set(key.split())
            for known in keys:
                known_words = known.split()
                if len(known_words) < len(words) and set(known_words) <= words:
                    for name, strength in names[known]:
                        candidates.append((5 + len(known_words), -index, name))
            for close in difflib.get_close_matches(key, keys, n=2, cutoff=0.85):
                for name, strength in names[close]:
                    candidates.append((4 + strength / 10, -index, name))
    mapping = Mapping(table, [Column(i, _shown(h, i), None, "none") for i, h in enumerate(headers)])
    taken: set[str] = set()
    for score, negative_index, name in sorted(candidates, reverse=True):
        column = mapping.columns[-negative_index]
        if column.field is None and name not in taken:
            column.field, column.source = name, "suggested"
            taken.add(name)
    return mapping


def _shown(header: str, index: int) -> str:
    return header.strip() or f"#{index + 1}"


# -- what people type ------------------------------------------------------------------

def field_named(table: str, text: str) -> str | None:
    """The field a user means by a name or label; None for '-' or nothing (skip the column)."""
    text = text.strip()
    if text in ("", "-"):
        return None
    fields = targets(table)
    if text in fields:
        return text
    key = header_key(text)
    for name, spec in fields.items():
        if spec is not None and key in (header_key(spec.label_en), header_key(spec.label_es)):
            return name
        if key == header_key(name):
            return name
    raise UsageError("exchange.mapping.has_no_field_called", table=table, text=text, items=', '.join(fields))


def column_named(headers: list[str], text: str) -> int:
    """The column a user means: its header (ignoring case and accents), or #N."""
    key = header_key(text)
    matches = [i for i, h in enumerate(headers) if header_key(h) == key and key]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UsageError("exchange.mapping.file_has_columns_called", count=len(matches), text=text,
                         number=matches[0] + 1)
    m = re.fullmatch(r"#?(\d+)", text.strip())
    if m and 1 <= int(m.group(1)) <= len(headers):
        return int(m.group(1)) - 1
    shown = ", ".join(_shown(h, i) for i, h in enumerate(headers))
    raise UsageError("exchange.mapping.file_has_no_column", text=text, shown=shown)


def apply(mapping: Mapping, choices: dict[int, str | None], source: str) -> Mapping:
    for index, name in choices.items():
        column = mapping.columns[index]
        column.field, column.source = name, source
        if name:
            # A field given explicitly leaves any column that only had it by suggestion.
            for other in mapping.columns:
                if other.index != index and other.field == name and other.source == "suggested":
                    other.field, other.source = None, "none"
    return mapping


def parse_map_options(mapping: Mapping, items: list[str], headers: list[str]) -> dict[int, str | None]:
    choices: dict[int, str | None] = {}
    for item in items:
        if "=" not in item:
            raise UsageError("exchange.mapping.map_takes_column_field", item=item)
        column, _, name = item.rpartition("=")
        choices[column_named(headers, column)] = field_named(mapping.table, name)
    return choices


def check(mapping: Mapping) -> None:
    """Refuse two columns for one field, except where they can be joined (long texts, lists)."""
    fields = targets(mapping.table)
    for name, columns in mapping.fields().items():
        spec = fields[name]
        joinable = spec is not None and (spec.kind in ("links", "roles") or spec.multiline)
        if len(columns) > 1 and not joinable:
            shown = " and ".join(mapping.columns[i].header for i in columns[:2])
            raise UsageError("exchange.mapping.both_are_mapped_map", shown=shown, name=name,
                             header=mapping.columns[columns[1]].header)


def refuse_twins(mapping: Mapping, header_row: int = 1) -> None:
    """Refuse a file with two columns of one name, one of them imported and the other left
    out only because the suggestion gave the field to the first: its values would be
    dropped without a word. A choice (--map, a profile) for the other settles it."""
    report = []
    by_key: dict[str, list[Column]] = {}
    for column in mapping.columns:
        key = header_key(column.header) if not column.header.startswith("#") else ""
        if key:
            by_key.setdefault(key, []).append(column)
    for twins in by_key.values():
        used = [c for c in twins if c.field]
        if len(twins) < 2 or not used:
            continue
        for column in twins:
            if column.field is None and column.source == "none":
                report.append((header_row, column.header,
                               Message("exchange.mapping.twin_column_left_out", number=column.index + 1,
                                       used=used[0].index + 1, field=used[0].field)))
    if report:
        raise InputRejected("exchange.mapping.file_has_twin_columns", report, header=report[0][1])
