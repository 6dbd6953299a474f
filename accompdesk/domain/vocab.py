"""Controlled vocabularies, with English and Spanish labels.

Codes are stable identifiers stored in the vault and in canonical CSV; labels are
what people read. The lists follow the spirit of the HURIDOCS Events Standard
Formats micro-thesauri, trimmed to what a field office records.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    en: str
    es: str

    def label(self, language: str = "en") -> str:
        return self.es if language == "es" else self.en


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'Amenaza' matches 'amenaza' and 'Detención' 'detencion'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Vocabulary:
    def __init__(self, name: str, terms: list[tuple[str, str, str]]):
        self.name = name
        self.terms = tuple(Term(*t) for t in terms)
        self._by_code = {t.code: t for t in self.terms}
        self._codes = tuple(t.code for t in self.terms)
        self._by_folded: dict[str, Term] = {}
        for t in self.terms:
            for key in (t.code, t.en, t.es):
                self._by_folded.setdefault(fold(key), t)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self):
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def codes(self) -> tuple[str, ...]:
        return self._codes

    def term(self, code: str) -> Term:
        return self._by_code[code]

    def label(self, code: str, language: str = "en") -> str:
        term = self._by_code.get(code)
        return term.label(language) if term else code

    def match(self, text: str) -> Term | None:
        """The term whose code or label (either language) matches, ignoring case and accents."""
        return self._by_folded.get(fold(text))

    def rank(self, code: str) -> int:
        return self.codes.index(code)


CONSENT_LEVEL = Vocabulary("consent_level", [
    # Ordered from the most restricted to the widest audience.
    ("internal", "Internal (never leaves the office)", "Interno (nunca sale de la oficina)"),
    ("diplomatic", "Diplomatic (confidential briefings)", "Diplomático (informes confidenciales)"),
    ("public", "Public", "Público"),
])

AUDIENCE = Vocabulary("audience", [
    ("internal", "Internal", "Interno"),
    ("diplomatic", "Diplomatic", "Diplomático"),
    ("public", "Public", "Público"),
])

RISK_LEVEL = Vocabulary("risk_level", [
    ("low", "Low", "Bajo"),
    ("medium", "Medium", "Medio"),
    ("high", "High", "Alto"),
    ("extreme", "Extreme", "Extremo"),
])

ACCOMPANIMENT_STATUS = Vocabulary("accompaniment_status", [
    ("requested", "Requested", "Solicitado"),
    ("active", "Active", "Activo"),
    ("paused", "Paused", "En pausa"),
    ("ended", "Ended", "Finalizado"),
])

PERSON_KIND = Vocabulary("person_kind", [
    ("community_leader", "Community leader", "Líder comunitario"),
    ("lawyer", "Lawyer", "Abogado/a"),
    ("trade_unionist", "Trade unionist", "Sindicalista"),
    ("womens_rights_defender", "Women's rights defender", "Defensora de derechos de las mujeres"),
    ("indigenous_leader", "Indigenous leader", "Líder indígena"),
    ("afro_descendant_leader", "Afro-descendant leader", "Líder afrodescendiente"),
    ("environmental_defender", "Environmental defender", "Defensor/a ambiental"),
    ("journalist", "Journalist", "Periodista"),
    ("relative_of_disappeared", "Relative of the disappeared", "Familiar de persona desaparecida"),
    ("peasant_leader", "Peasant leader", "Líder campesino"),
    ("lgbti_defender", "LGBTI defender", "Defensor/a LGBTI"),
    ("witness", "Witness", "Testigo"),
    ("other", "Other", "Otro"),
])

ORGANISATION_KIND = Vocabulary("organisation_kind", [
    ("community", "Community", "Comunidad"),
    ("peasant_organisation", "Peasant organisation", "Organización campesina"),
    ("indigenous_organisation", "Indigenous organisation", "Organización indígena"),
    ("afro_descendant_organisation", "Afro-descendant organisation", "Organización afrodescendiente"),
    ("womens_organisation", "Women's organisation", "Organización de mujeres"),
    ("trade_union", "Trade union", "Sindicato"),
    ("lawyers_collective", "Lawyers' collective", "Colectivo de abogados"),
    ("victims_organisation", "Victims' organisation", "Organización de víctimas"),
    ("human_rights_ngo", "Human rights NGO", "ONG de derechos humanos"),
    ("environmental_organisation", "Environmental organisation", "Organización ambiental"),
    ("other", "Other", "Otra"),
])

INCIDENT_KIND = Vocabulary("incident_kind", [
    ("threat", "Threat", "Amenaza"),
    ("attack", "Attack", "Atentado"),
    ("killing", "Killing", "Asesinato"),
    ("disappearance", "Disappearance", "Desaparición"),
    ("detention", "Arbitrary detention", "Detención arbitraria"),
    ("judicial_harassment", "Judicial harassment", "Hostigamiento judicial"),
    ("raid", "Raid", "Allanamiento"),
    ("surveillance", "Surveillance", "Seguimiento"),
    ("stigmatisation", "Stigmatisation", "Estigmatización"),
    ("theft_of_information", "Theft of information", "Robo de información"),
    ("sexual_violence", "Sexual violence", "Violencia sexual"),
    ("displacement", "Forced displacement", "Desplazamiento forzado"),
    ("torture", "Torture or ill-treatment", "Tortura o malos tratos"),
    ("harassment", "Harassment", "Hostigamiento"),
    ("other", "Other", "Otro"),
])

# The gravest kinds, gravest first: chosen first for a briefing, never folded into
# "Other kinds" in a chart, and a killing's victim is never "at risk".
GRAVEST_KINDS = ("killing", "disappearance", "sexual_violence", "torture")


def kind_gravity(kind: str) -> int:
    """4 for a killing down to 1 for torture; 0 for every other kind."""
    return len(GRAVEST_KINDS) - GRAVEST_KINDS.index(kind) if kind in GRAVEST_KINDS else 0


PERPETRATOR_TYPE = Vocabulary("perpetrator_type", [
    ("unknown", "Unknown", "Desconocido"),
    ("army", "Army", "Ejército"),
    ("police", "Police", "Policía"),
    ("navy", "Navy", "Armada"),
    ("intelligence", "Intelligence services", "Servicios de inteligencia"),
    ("civil_authority", "Civil authority", "Autoridad civil"),
    ("judicial_authority", "Judicial authority", "Autoridad judicial"),
    ("paramilitary", "Paramilitary group", "Grupo paramilitar"),
    ("guerrilla", "Guerrilla", "Guerrilla"),
    ("armed_group", "Other armed group", "Otro grupo armado"),
    ("company", "Company or private security", "Empresa o seguridad privada"),
    ("private_individual", "Private individual", "Particular"),
    ("other", "Other", "Otro"),
])

AUTHORITY_KIND = Vocabulary("authority_kind", [
    ("battalion", "Battalion", "Batallón"),
    ("brigade", "Brigade", "Brigada"),
    ("division", "Division", "División"),
    ("army_command", "Army command", "Comando del Ejército"),
    ("police_station", "Police station", "Estación de policía"),
    ("police_department", "Department police", "Policía departamental"),
    ("national_police", "National police", "Policía Nacional"),
    ("mayor", "Mayor's office", "Alcaldía"),
    ("governor", "Governor's office", "Gobernación"),
    ("ministry", "Ministry", "Ministerio"),
    ("prosecutor", "Prosecutor's office", "Fiscalía"),
    ("ombudsman", "Ombudsman", "Defensoría del Pueblo"),
    ("inspector_general", "Inspector general", "Procuraduría"),
    ("court", "Court", "Juzgado o tribunal"),
    ("embassy", "Embassy", "Embajada"),
    ("un_office", "UN office", "Oficina de la ONU"),
    ("other", "Other", "Otra"),
])

AUTHORITY_LEVEL = Vocabulary("authority_level", [
    ("local", "Local", "Local"),
    ("regional", "Regional", "Regional"),
    ("national", "National", "Nacional"),
    ("international", "International", "Internacional"),
])

VERIFICATION_STATUS = Vocabulary("verification_status", [
    ("unverified", "Unverified", "Sin verificar"),
    ("partly_verified", "Partly verified", "Parcialmente verificado"),
    ("verified", "Verified", "Verificado"),
    ("disputed", "Disputed", "Controvertido"),
])

SEVERITY = Vocabulary("severity", [
    ("low", "Low", "Baja"),
    ("medium", "Medium", "Media"),
    ("high", "High", "Alta"),
    ("critical", "Critical", "Crítica"),
])

DATE_PRECISION = Vocabulary("date_precision", [
    ("exact", "Exact date", "Fecha exacta"),
    ("month", "Month known", "Mes conocido"),
    ("approximate", "Approximate", "Aproximada"),
])

FOLLOW_UP_STATUS = Vocabulary("follow_up_status", [
    ("open", "Open", "Abierto"),
    ("in_progress", "In progress", "En curso"),
    ("closed", "Closed", "Cerrado"),
])

SOURCE_KIND = Vocabulary("source_kind", [
    ("direct_testimony", "Direct testimony", "Testimonio directo"),
    ("accompanied_party", "Accompanied person or organisation", "Persona u organización acompañada"),
    ("volunteer_observation", "Volunteer observation", "Observación de voluntarios"),
    ("partner_organisation", "Partner organisation", "Organización aliada"),
    ("media", "Media", "Medios de comunicación"),
    ("official_document", "Official document", "Documento oficial"),
    ("other", "Other", "Otra"),
])

AFFECTED_ROLE = Vocabulary("affected_role", [
    ("victim", "Victim", "Víctima"),
    ("target", "Targeted", "Objetivo"),
    ("witness", "Witness", "Testigo"),
    ("relative", "Relative of victim", "Familiar de la víctima"),
    ("member", "Member of affected group", "Integrante del grupo afectado"),
])

COMMITMENT_STATUS = Vocabulary("commitment_status", [
    ("pending", "Pending", "Pendiente"),
    ("kept", "Kept", "Cumplido"),
    ("partly_kept", "Partly kept", "Cumplido parcialmente"),
    ("broken", "Broken", "Incumplido"),
])

VOLUNTEER_STATUS = Vocabulary("volunteer_status", [
    ("preparing", "Preparing", "En preparación"),
    ("in_field", "In the field", "En terreno"),
    ("on_leave", "On leave", "De permiso"),
    ("departed", "Departed", "Salió del país"),
])

ACCOMPANIMENT_KIND = Vocabulary("accompaniment_kind", [
    ("escort", "Escort", "Acompañamiento físico"),
    ("office_presence", "Office presence", "Presencia en oficina"),
    ("travel", "Travel", "Viaje"),
    ("court_hearing", "Court hearing", "Audiencia judicial"),
    ("public_event", "Public event", "Evento público"),
    ("overnight_presence", "Overnight presence", "Presencia nocturna"),
    ("phone_checkin", "Phone check-in", "Llamada de seguridad"),
])

ACCOMPANIMENT_PLAN_STATUS = Vocabulary("accompaniment_plan_status", [
    ("planned", "Planned", "Planificado"),
    ("done", "Done", "Realizado"),
    ("cancelled", "Cancelled", "Cancelado"),
])

MEETING_STATUS = Vocabulary("meeting_status", [
    ("held", "Held", "Realizada"),
    ("planned", "Planned", "Planificada"),
    ("cancelled", "Cancelled", "Cancelada"),
])

CHECKIN_FREQUENCY = Vocabulary("checkin_frequency", [
    ("daily", "Every day", "Todos los días"),
    ("weekdays", "Monday to Friday", "De lunes a viernes"),
    ("weekly", "Once a week", "Una vez por semana"),
])

CHECKIN_OUTCOME = Vocabulary("checkin_outcome", [
    ("pending", "Pending", "Pendiente"),
    ("all_well", "All well", "Todo bien"),
    ("no_answer", "No answer", "Sin respuesta"),
    ("concern", "Concern", "Preocupación"),
])

ALERT_STATUS = Vocabulary("alert_status", [
    ("active", "Active", "Activa"),
    ("closed", "Closed", "Cerrada"),
])

USER_ROLE = Vocabulary("user_role", [
    ("viewer", "Viewer", "Consulta"),
    ("staff", "Staff", "Equipo"),
    ("coordinator", "Coordinator", "Coordinación"),
])

# What is known of a person's gender: it lets a Spanish descriptor agree ("una lideresa
# comunitaria", "un defensor"); unrecorded gives the neutral "una persona defensora".
GENDER = Vocabulary("gender", [
    ("unknown", "Not recorded", "Sin registrar"),
    ("female", "Woman", "Mujer"),
    ("male", "Man", "Hombre"),
    ("non_binary", "Non-binary", "No binario"),
])

# The language a record's free texts are written in, as staff set it; "auto" leaves it to
# detection (domain.language). Withheld names in those texts are replaced by descriptors
# in this language.
TEXT_LANGUAGE = Vocabulary("text_language", [
    ("auto", "Detect from the text", "Detectar del texto"),
    ("es", "Spanish", "Español"),
    ("en", "English", "Inglés"),
])

ALL = {v.name: v for v in [
    CONSENT_LEVEL, AUDIENCE, RISK_LEVEL, ACCOMPANIMENT_STATUS, PERSON_KIND, ORGANISATION_KIND,
    INCIDENT_KIND, PERPETRATOR_TYPE, AUTHORITY_KIND, AUTHORITY_LEVEL, VERIFICATION_STATUS,
    SEVERITY, DATE_PRECISION, FOLLOW_UP_STATUS, SOURCE_KIND, AFFECTED_ROLE, COMMITMENT_STATUS,
    VOLUNTEER_STATUS, ACCOMPANIMENT_KIND, ACCOMPANIMENT_PLAN_STATUS, CHECKIN_OUTCOME,
    ALERT_STATUS, USER_ROLE, MEETING_STATUS, CHECKIN_FREQUENCY, GENDER, TEXT_LANGUAGE,
]}


# -- countries: nationalities and the recipient of a briefing ------------------------------

def _country_vocabulary() -> Vocabulary:
    from .countries import ALIASES, COUNTRIES

    vocabulary = Vocabulary("country", COUNTRIES)
    for code, names in ALIASES.items():
        for name in names:
            vocabulary._by_folded.setdefault(fold(name), vocabulary.term(code))
    return vocabulary


COUNTRY = _country_vocabulary()
# What people put between two nationalities: "Canadá; Noruega", "Canada, Norway", "CA/NO".
_NATIONALITY_SEPARATORS = re.compile(r"\s*[;,/&+|]\s*|\s+(?:and|y|e)\s+", re.IGNORECASE)


def country_of(text: str) -> str | None:
    """The ISO code of one country written as its code, its name or a known other spelling."""
    text = text.strip().strip(".")
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return text.upper() if text.upper() in COUNTRY else None
    term = COUNTRY.match(text)
    return term.code if term else None


def nationality_parts(text: str) -> list[tuple[str | None, str]]:
    """Each nationality written in a field, with its code (None where not recognised)."""
    parts = [p.strip() for p in _NATIONALITY_SEPARATORS.split(text or "") if p and p.strip()]
    return [(country_of(p), p) for p in parts]


def nationality_codes(text: str) -> set[str]:
    return {code for code, _part in nationality_parts(text) if code}


def normalise_nationalities(text: str) -> str:
    """'Canadá; Noruega' -> 'CA; NO'; what is not a known country is kept as written.

    A whole field that names no known country stays exactly as it was, so a value no
    rule understands is never rewritten."""
    parts = nationality_parts(text)
    if not any(code for code, _ in parts):
        return text
    return "; ".join(dict.fromkeys(code or part for code, part in parts))


def nationality_label(text: str, language: str = "en") -> str:
    """Codes read back as country names in the language asked for."""
    return ", ".join(COUNTRY.label(code, language) if code else part
                     for code, part in nationality_parts(text))


def _country_patterns() -> list[tuple[re.Pattern, str, bool]]:
    """(pattern, code, exact case): short forms ('UK', 'USA') only as capitals, never 'us'."""
    from .countries import ALIASES

    out = []
    for term in COUNTRY:
        for name in {term.en, term.es, *ALIASES.get(term.code, ())}:
            exact = len(name) <= 3
            body = re.escape(name if exact else fold(name))
            out.append((re.compile(rf"(?<!\w){body}(?!\w)"), term.code, exact))
    return out


_COUNTRY_PATTERNS: list[tuple[re.Pattern, str, bool]] = []


def country_in(text: str) -> str | None:
    """The one country a recipient such as 'Embassy of Norway' or 'Embajada de Noruega' names.

    None when it names none, or more than one ('Embassy of Norway in Sweden'): a
    recipient's country is never guessed."""
    global _COUNTRY_PATTERNS
    if not _COUNTRY_PATTERNS:
        _COUNTRY_PATTERNS = _country_patterns()
    folded = fold(text or "")
    found = []
    for pattern, code, exact in _COUNTRY_PATTERNS:
        # fold() keeps the length of accent-free text only; spans compare within one haystack.
        for m in pattern.finditer(text or "" if exact else folded):
            found.append((m.start(), m.end(), code, exact))
    # "Guinea" inside "Papua New Guinea" belongs to the longer name.
    kept = [f for f in found if not any(o[3] == f[3] and o[0] <= f[0] and f[1] <= o[1]
                                        and (o[1] - o[0]) > (f[1] - f[0]) for o in found)]
    codes = {code for _s, _e, code, _x in kept}
    return codes.pop() if len(codes) == 1 else None
