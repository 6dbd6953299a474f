"""Words the documents print around the data.

The code holds the English; the other languages come from the labels catalogue
(domain/catalogue.py), context "report" for the words below. `CATALOGUE` lists what
this module asks the catalogue for, so `python -m tools.labels` can keep it complete.
"""

from __future__ import annotations

import datetime as dt

from ..domain.catalogue import label, nlabel

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def number(n: int, language: str) -> str:
    """19,212 in English, 19.212 in Spanish."""
    return f"{int(n):,}".replace(",", label("number", ",", language))


def percent(value: int, language: str, signed: bool = False) -> str:
    """'68%' in English, '68 %' in Spanish (a space that does not break): one way a document
    writes every percentage. `signed`: '+70%' for a change."""
    return label("number", "{value}%", language).format(value=f"{int(value):+d}" if signed else int(value))


def plural(n: int, one: str, many: str) -> str:
    """The form that agrees with a count, in English and Spanish alike: `one` for exactly
    one, `many` for any other count, none included."""
    return one if n == 1 else many


def counted(n: int, one: str, many: str, language: str) -> str:
    """'1 incident', '1.213 incidentes': the count and the word that agrees with it."""
    return f"{number(n, language)} {plural(n, one, many)}"


def page_of(number: int, total: int, language: str) -> str:
    return label("report", "page {number} of {total}", language).format(number=number, total=total)


def long_date(day: dt.date, language: str) -> str:
    month = label("month", MONTHS[day.month - 1], language)
    return label("report", "{day} {month} {year}", language).format(day=day.day, month=month, year=day.year)


def month_label(month: str, language: str) -> str:
    """'2025-03' as 'Mar 2025' / 'mar 2025'."""
    year, m = month.split("-")
    return f"{label('month abbreviation', MONTHS_SHORT[int(m) - 1], language)} {year}"


# The first word of a recipient that takes an article in a sentence ("prepared for the
# Embassy of Norway", "preparado para la Embajada de Noruega"); a person's name takes none.
_ARTICLE_ES = {
    "la": {"embajada", "oficina", "delegacion", "mision", "representacion", "cancilleria",
           "comision", "alta", "defensoria", "fiscalia", "procuraduria", "secretaria", "union",
           "direccion", "gobernacion", "alcaldia", "organizacion", "agencia", "relatoria", "corte",
           "seccion", "unidad", "sede", "presidencia", "vicepresidencia", "consejeria"},
    "el": {"ministerio", "consulado", "gobierno", "departamento", "servicio", "alto",
           "parlamento", "consejo", "comite", "despacho", "relator", "grupo", "equipo",
           "programa", "fondo", "parlamento", "senado", "congreso", "cuerpo", "comando"},
    "las": {"embajadas", "oficinas", "naciones"},
    "los": {"ministerios", "consulados", "gobiernos"},
}
_ARTICLE_EN = {"embassy", "ministry", "office", "delegation", "mission", "department", "government",
               "high", "consulate", "european", "united", "parliament", "committee", "council",
               "special", "permanent", "foreign", "secretariat", "representation", "council"}


def with_article(recipient: str, language: str) -> str:
    """'Embajada de Noruega' -> 'la Embajada de Noruega'; 'Embassy of Norway' -> 'the Embassy
    of Norway'; a name, or a recipient that has its article already, is left as it is."""
    from ..domain.vocab import fold

    recipient = recipient.strip()
    if not recipient:
        return ""
    first = fold(recipient.split()[0])
    if language == "es":
        for article, words in _ARTICLE_ES.items():
            if first in words:
                return f"{article} {recipient}"
        return recipient
    return f"the {recipient}" if first in _ARTICLE_EN else recipient


# Kinds said as a count in a sentence: "28 killings", "3 cases of torture" (singular, plural).
_KIND_COUNT = {
    "killing": ("killing", "killings"),
    "disappearance": ("disappearance", "disappearances"),
    "sexual_violence": ("case of sexual violence", "cases of sexual violence"),
    "torture": ("case of torture or ill-treatment", "cases of torture or ill-treatment"),
    "attack": ("attack", "attacks"),
    "threat": ("threat", "threats"),
    "detention": ("arbitrary detention", "arbitrary detentions"),
    "displacement": ("forced displacement", "forced displacements"),
    "judicial_harassment": ("case of judicial harassment", "cases of judicial harassment"),
    "raid": ("raid", "raids"),
}


def kind_count(kind: str, n: int, language: str) -> str:
    """'28 killings', '1 asesinato'; kinds without a phrase: 'Surveillance: 4'."""
    from ..domain.vocab import INCIDENT_KIND

    forms = _KIND_COUNT.get(kind)
    if forms is None:
        return f"{INCIDENT_KIND.label(kind, language)}: {number(n, language)}"
    return f"{number(n, language)} {nlabel('incident count', *forms, n, language)}"


# Authority levels said after a count of meetings: "14 local" in English; in Spanish the
# adjective agrees with the count ("1 local", "14 locales").
_LEVEL_COUNT = {"local": "local", "regional": "regional", "national": "national",
                "international": "international"}


def level_count(level: str, n: int, language: str) -> str:
    word = _LEVEL_COUNT.get(level, level)
    return f"{number(n, language)} {nlabel('authority level count', word, word, n, language)}"


def join_words(items: list[str], language: str) -> str:
    """'a, b and c' / 'a, b y c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return label("report", "{items} and {last}", language).format(items=", ".join(items[:-1]), last=items[-1])


def classification(audience: str, language: str, recipient: str = "") -> str:
    """The line at the top of every page."""
    if audience == "public":
        return label("report", "Public — may be distributed", language)
    if audience == "diplomatic":
        if recipient:
            return label("report", "Confidential — prepared for {recipient}", language).format(
                recipient=with_article(recipient, language))
        return label("report", "Confidential — for diplomatic and official recipients", language)
    return label("report", "Internal — does not leave the office", language)


_CLASSIFICATIONS = ["Public — may be distributed", "Confidential — prepared for {recipient}",
                    "Confidential — for diplomatic and official recipients",
                    "Internal — does not leave the office"]


T = {
    # key: English (the catalogue, context "report", holds the other languages)
    "briefing": "Briefing on the situation of human rights defenders",
    "prepared_for": "Prepared for",
    "period": "Period",
    "regions": "Regions",
    "all_regions": "All regions",
    "audience": "Audience",
    "date": "Date",
    "prepared_by": "Prepared by",
    "summary": "Summary",
    "context": "Context",
    "most_severe": "Most serious incidents",
    "key_concerns": "Key concerns",
    "requests_to": "Our requests to %s",
    "gravest": "The gravest incidents of the period",
    "pattern": "The pattern of attacks",
    "chain": "What was raised with whom, and what was kept",
    "method": "Sources and method",
    "annex_grave": ("Annex A — Every killing, disappearance, case of sexual violence and torture "
                    "of the period (%s)"),
    "annex_all": "Annex B — All %s other incidents of the period",
    "annex_some": "Annex B — The %s most serious of the %s other incidents of the period",
    "by_region_chart": "Incidents by region, this period and the previous one",
    "incidents_axis": "Incidents",
    "month_axis": "Month",
    "source_line": "Source: %s, records as of %s; %s audience.",
    "authorities_table": "Authorities with broken or overdue commitments",
    "kept": "Kept",
    "broken": "Broken",
    "overdue": "Overdue",
    "commitments": "Commitments",
    "level": "Level",
    "draft_marker": "Drafted from the records: staff confirm or change these before sending.",
    "at_risk": "People at risk",
    "meetings": "Meetings with the authorities and commitments",
    "presence": "Our presence",
    "requests": "Requests",
    "charts": "Charts",
    "by_month_kind": "Incidents by month and kind",
    "by_perpetrator": "Incidents by alleged perpetrator",
    "editable": "Text for staff to complete before sending.",
    "incident": "Incident",
    "kind": "Kind",
    "region": "Region",
    "place": "Place",
    "severity": "Severity",
    "perpetrator": "Alleged perpetrator",
    "verification": "Verification",
    "affected": "Affected",
    "who": "Who",
    "risk": "Risk",
    "status": "Status",
    "authority": "Authority",
    "commitment": "Commitment",
    "due": "Due",
    "count": "Count",
    "previous": "Previous period",
    "change": "Change",
    "month": "Month",
    "total": "Total",
    "none": "None recorded in this period.",
    "alert": "Urgent alert",
    "followup_alert": "Urgent alert — follow-up",
    "reference": "Reference",
    "concern": "Concern",
    "at_risk_alert": "Who is at risk",
    "what_happened": "What happened",
    "background": "Background: the pattern of attacks",
    "actions": "Recommended action",
    "appeals": "Appeals to",
    "what_changed": "What has changed",
    "follows": "Follows alert",
    "stats": "Statistics of incidents against human rights defenders",
    "by_kind": "By kind",
    "by_region": "By region",
    "by_severity": "By severity",
    "by_month": "By month",
    "by_perpetrator_table": "By alleged perpetrator",
    "new": "new",  # the change against a previous period that had none
    "partial_change": ("No change is given for a partial month: it counts fewer days than the month it "
                       "is compared with."),
}


def t(key: str, language: str) -> str:
    return label("report", T[key], language)


# What this module asks the catalogue for: (context, texts); a tuple is (singular, plural).
CATALOGUE: list[tuple[str, list]] = [
    ("report", [*T.values(), *_CLASSIFICATIONS, "page {number} of {total}", "{day} {month} {year}",
                "{items} and {last}"]),
    ("number", [",", "{value}%"]),
    ("month", MONTHS),
    ("month abbreviation", MONTHS_SHORT),
    ("incident count", list(_KIND_COUNT.values())),
    ("authority level count", [(w, w) for w in _LEVEL_COUNT.values()]),
]
