"""Controlled vocabularies: codes and their English labels.

Codes are stable identifiers stored in the vault and in canonical CSV; labels are
what people read, in English here and in other languages through the labels catalogue
(domain/catalogue.py, with the vocabulary's name as context). The lists follow the
spirit of the HURIDOCS Events Standard Formats micro-thesauri, trimmed to what a field
office records.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import catalogue


@dataclass(frozen=True)
class Term:
    code: str
    en: str
    vocabulary: str = ""  # the catalogue context its label is translated in

    @property
    def es(self) -> str:
        return self.label("es")

    def label(self, language: str = "en") -> str:
        return catalogue.label(self.vocabulary, self.en, language)


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'Amenaza' matches 'amenaza' and 'Detención' 'detencion'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Vocabulary:
    def __init__(self, name: str, terms: list[tuple[str, str]],
                 aliases: dict[str, tuple[str, ...]] | None = None):
        self.name = name
        self.terms = tuple(Term(code, en, name) for code, en in terms)
        self._by_code = {t.code: t for t in self.terms}
        self._codes = tuple(t.code for t in self.terms)
        self._aliases = aliases or {}
        self._folded: dict[str, Term] | None = None

    @property
    def _by_folded(self) -> dict[str, Term]:
        # Built on first use: the Spanish labels come from the catalogue file.
        if self._folded is None:
            folded: dict[str, Term] = {}
            for t in self.terms:
                for key in (t.code, t.en, t.es):
                    folded.setdefault(fold(key), t)
            for code, names in self._aliases.items():
                for name in names:
                    folded.setdefault(fold(name), self._by_code[code])
            self._folded = folded
        return self._folded

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
    ("internal", "Internal (never leaves the office)"),
    ("diplomatic", "Diplomatic (confidential briefings)"),
    ("public", "Public"),
])

AUDIENCE = Vocabulary("audience", [
    ("internal", "Internal"),
    ("diplomatic", "Diplomatic"),
    ("public", "Public"),
])

RISK_LEVEL = Vocabulary("risk_level", [
    ("low", "Low"),
    ("medium", "Medium"),
    ("high", "High"),
    ("extreme", "Extreme"),
])

ACCOMPANIMENT_STATUS = Vocabulary("accompaniment_status", [
    ("requested", "Requested"),
    ("active", "Active"),
    ("paused", "Paused"),
    ("ended", "Ended"),
])

PERSON_KIND = Vocabulary("person_kind", [
    ("community_leader", "Community leader"),
    ("lawyer", "Lawyer"),
    ("trade_unionist", "Trade unionist"),
    ("womens_rights_defender", "Women's rights defender"),
    ("indigenous_leader", "Indigenous leader"),
    ("afro_descendant_leader", "Afro-descendant leader"),
    ("environmental_defender", "Environmental defender"),
    ("journalist", "Journalist"),
    ("relative_of_disappeared", "Relative of the disappeared"),
    ("peasant_leader", "Peasant leader"),
    ("lgbti_defender", "LGBTI defender"),
    ("witness", "Witness"),
    ("other", "Other"),
])

ORGANISATION_KIND = Vocabulary("organisation_kind", [
    ("community", "Community"),
    ("peasant_organisation", "Peasant organisation"),
    ("indigenous_organisation", "Indigenous organisation"),
    ("afro_descendant_organisation", "Afro-descendant organisation"),
    ("womens_organisation", "Women's organisation"),
    ("trade_union", "Trade union"),
    ("lawyers_collective", "Lawyers' collective"),
    ("victims_organisation", "Victims' organisation"),
    ("human_rights_ngo", "Human rights NGO"),
    ("environmental_organisation", "Environmental organisation"),
    ("other", "Other"),
])

INCIDENT_KIND = Vocabulary("incident_kind", [
    ("threat", "Threat"),
    ("attack", "Attack"),
    ("killing", "Killing"),
    ("disappearance", "Disappearance"),
    ("detention", "Arbitrary detention"),
    ("judicial_harassment", "Judicial harassment"),
    ("raid", "Raid"),
    ("surveillance", "Surveillance"),
    ("stigmatisation", "Stigmatisation"),
    ("theft_of_information", "Theft of information"),
    ("sexual_violence", "Sexual violence"),
    ("displacement", "Forced displacement"),
    ("torture", "Torture or ill-treatment"),
    ("harassment", "Harassment"),
    ("other", "Other"),
])

# The gravest kinds, gravest first: chosen first for a briefing, never folded into
# "Other kinds" in a chart, and a killing's victim is never "at risk".
GRAVEST_KINDS = ("killing", "disappearance", "sexual_violence", "torture")


def kind_gravity(kind: str) -> int:
    """4 for a killing down to 1 for torture; 0 for every other kind."""
    return len(GRAVEST_KINDS) - GRAVEST_KINDS.index(kind) if kind in GRAVEST_KINDS else 0


PERPETRATOR_TYPE = Vocabulary("perpetrator_type", [
    ("unknown", "Unknown"),
    ("army", "Army"),
    ("police", "Police"),
    ("navy", "Navy"),
    ("intelligence", "Intelligence services"),
    ("civil_authority", "Civil authority"),
    ("judicial_authority", "Judicial authority"),
    ("paramilitary", "Paramilitary group"),
    ("guerrilla", "Guerrilla"),
    ("armed_group", "Other armed group"),
    ("company", "Company or private security"),
    ("private_individual", "Private individual"),
    ("other", "Other"),
])

AUTHORITY_KIND = Vocabulary("authority_kind", [
    ("battalion", "Battalion"),
    ("brigade", "Brigade"),
    ("division", "Division"),
    ("army_command", "Army command"),
    ("police_station", "Police station"),
    ("police_department", "Department police"),
    ("national_police", "National police"),
    ("mayor", "Mayor's office"),
    ("governor", "Governor's office"),
    ("ministry", "Ministry"),
    ("prosecutor", "Prosecutor's office"),
    ("ombudsman", "Ombudsman"),
    ("inspector_general", "Inspector general"),
    ("court", "Court"),
    ("embassy", "Embassy"),
    ("un_office", "UN office"),
    ("other", "Other"),
])

AUTHORITY_LEVEL = Vocabulary("authority_level", [
    ("local", "Local"),
    ("regional", "Regional"),
    ("national", "National"),
    ("international", "International"),
])

VERIFICATION_STATUS = Vocabulary("verification_status", [
    ("unverified", "Unverified"),
    ("partly_verified", "Partly verified"),
    ("verified", "Verified"),
    ("disputed", "Disputed"),
])

SEVERITY = Vocabulary("severity", [
    ("low", "Low"),
    ("medium", "Medium"),
    ("high", "High"),
    ("critical", "Critical"),
])

DATE_PRECISION = Vocabulary("date_precision", [
    ("exact", "Exact date"),
    ("month", "Month known"),
    ("approximate", "Approximate"),
])

FOLLOW_UP_STATUS = Vocabulary("follow_up_status", [
    ("open", "Open"),
    ("in_progress", "In progress"),
    ("closed", "Closed"),
])

SOURCE_KIND = Vocabulary("source_kind", [
    ("direct_testimony", "Direct testimony"),
    ("accompanied_party", "Accompanied person or organisation"),
    ("volunteer_observation", "Volunteer observation"),
    ("partner_organisation", "Partner organisation"),
    ("media", "Media"),
    ("official_document", "Official document"),
    ("other", "Other"),
])

AFFECTED_ROLE = Vocabulary("affected_role", [
    ("victim", "Victim"),
    ("target", "Targeted"),
    ("witness", "Witness"),
    ("relative", "Relative of victim"),
    ("member", "Member of affected group"),
])

COMMITMENT_STATUS = Vocabulary("commitment_status", [
    ("pending", "Pending"),
    ("kept", "Kept"),
    ("partly_kept", "Partly kept"),
    ("broken", "Broken"),
])

VOLUNTEER_STATUS = Vocabulary("volunteer_status", [
    ("preparing", "Preparing"),
    ("in_field", "In the field"),
    ("on_leave", "On leave"),
    ("departed", "Departed"),
])

ACCOMPANIMENT_KIND = Vocabulary("accompaniment_kind", [
    ("escort", "Escort"),
    ("office_presence", "Office presence"),
    ("travel", "Travel"),
    ("court_hearing", "Court hearing"),
    ("public_event", "Public event"),
    ("overnight_presence", "Overnight presence"),
    ("phone_checkin", "Phone check-in"),
])

ACCOMPANIMENT_PLAN_STATUS = Vocabulary("accompaniment_plan_status", [
    ("planned", "Planned"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
])

MEETING_STATUS = Vocabulary("meeting_status", [
    ("held", "Held"),
    ("planned", "Planned"),
    ("cancelled", "Cancelled"),
])

CHECKIN_FREQUENCY = Vocabulary("checkin_frequency", [
    ("daily", "Every day"),
    ("weekdays", "Monday to Friday"),
    ("weekly", "Once a week"),
])

CHECKIN_OUTCOME = Vocabulary("checkin_outcome", [
    ("pending", "Pending"),
    ("all_well", "All well"),
    ("no_answer", "No answer"),
    ("concern", "Concern"),
])

ALERT_STATUS = Vocabulary("alert_status", [
    ("active", "Active"),
    ("closed", "Closed"),
])

USER_ROLE = Vocabulary("user_role", [
    ("viewer", "Viewer"),
    ("staff", "Staff"),
    ("coordinator", "Coordinator"),
])

# What is known of a person's gender: it lets a Spanish descriptor agree ("una lideresa
# comunitaria", "un defensor"); unrecorded gives the neutral "una persona defensora".
GENDER = Vocabulary("gender", [
    ("unknown", "Not recorded"),
    ("female", "Woman"),
    ("male", "Man"),
    ("non_binary", "Non-binary"),
])

# The language a record's free texts are written in, as staff set it; "auto" leaves it to
# detection (domain.language). Withheld names in those texts are replaced by descriptors
# in this language.
TEXT_LANGUAGE = Vocabulary("text_language", [
    ("auto", "Detect from the text"),
    ("es", "Spanish"),
    ("en", "English"),
])

ALL: dict[str, Vocabulary] = {v.name: v for v in [
    CONSENT_LEVEL, AUDIENCE, RISK_LEVEL, ACCOMPANIMENT_STATUS, PERSON_KIND, ORGANISATION_KIND,
    INCIDENT_KIND, PERPETRATOR_TYPE, AUTHORITY_KIND, AUTHORITY_LEVEL, VERIFICATION_STATUS,
    SEVERITY, DATE_PRECISION, FOLLOW_UP_STATUS, SOURCE_KIND, AFFECTED_ROLE, COMMITMENT_STATUS,
    VOLUNTEER_STATUS, ACCOMPANIMENT_KIND, ACCOMPANIMENT_PLAN_STATUS, CHECKIN_OUTCOME,
    ALERT_STATUS, USER_ROLE, MEETING_STATUS, CHECKIN_FREQUENCY, GENDER, TEXT_LANGUAGE,
]}


# -- countries: nationalities and the recipient of a briefing ------------------------------

def _country_vocabulary() -> Vocabulary:
    from .countries import ALIASES, COUNTRIES

    return Vocabulary("country", COUNTRIES, ALIASES)


COUNTRY = _country_vocabulary()
# Every vocabulary whose labels the catalogue translates.
VOCABULARIES: tuple[Vocabulary, ...] = (*ALL.values(), COUNTRY)
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
