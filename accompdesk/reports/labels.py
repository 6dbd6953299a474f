"""Words the documents print around the data, in English and Spanish."""

from __future__ import annotations

import datetime as dt

_MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]


def number(n: int, language: str) -> str:
    """19,212 in English, 19.212 in Spanish."""
    text = f"{int(n):,}"
    return text.replace(",", ".") if language == "es" else text


def page_of(number: int, total: int, language: str) -> str:
    return f"página {number} de {total}" if language == "es" else f"page {number} of {total}"


def long_date(day: dt.date, language: str) -> str:
    if language == "es":
        return f"{day.day} de {_MONTHS_ES[day.month - 1]} de {day.year}"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def month_label(month: str, language: str) -> str:
    """'2025-03' as 'Mar 2025' / 'mar 2025'."""
    year, m = month.split("-")
    if language == "es":
        return f"{_MONTHS_ES[int(m) - 1][:3]} {year}"
    return f"{dt.date(2000, int(m), 1).strftime('%b')} {year}"


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


# Kinds said as a count in a sentence: "28 killings", "3 cases of torture".
_KIND_COUNT = {
    "killing": (("killing", "killings"), ("asesinato", "asesinatos")),
    "disappearance": (("disappearance", "disappearances"), ("desaparición", "desapariciones")),
    "sexual_violence": (("case of sexual violence", "cases of sexual violence"),
                        ("caso de violencia sexual", "casos de violencia sexual")),
    "torture": (("case of torture or ill-treatment", "cases of torture or ill-treatment"),
                ("caso de tortura o malos tratos", "casos de tortura o malos tratos")),
    "attack": (("attack", "attacks"), ("atentado", "atentados")),
    "threat": (("threat", "threats"), ("amenaza", "amenazas")),
    "detention": (("arbitrary detention", "arbitrary detentions"),
                  ("detención arbitraria", "detenciones arbitrarias")),
    "displacement": (("forced displacement", "forced displacements"),
                     ("desplazamiento forzado", "desplazamientos forzados")),
    "judicial_harassment": (("case of judicial harassment", "cases of judicial harassment"),
                            ("caso de hostigamiento judicial", "casos de hostigamiento judicial")),
    "raid": (("raid", "raids"), ("allanamiento", "allanamientos")),
}


def kind_count(kind: str, n: int, language: str) -> str:
    """'28 killings', '1 asesinato'; kinds without a phrase: 'Surveillance: 4'."""
    from ..domain.vocab import INCIDENT_KIND

    forms = _KIND_COUNT.get(kind)
    if forms is None:
        return f"{INCIDENT_KIND.label(kind, language)}: {number(n, language)}"
    singular, plural = forms[1] if language == "es" else forms[0]
    return f"{number(n, language)} {singular if n == 1 else plural}"


def join_words(items: list[str], language: str) -> str:
    """'a, b and c' / 'a, b y c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" y " if language == "es" else " and ") + items[-1]


def classification(audience: str, language: str, recipient: str = "") -> str:
    """The line at the top of every page."""
    es = language == "es"
    if audience == "public":
        return "Público — puede difundirse" if es else "Public — may be distributed"
    if audience == "diplomatic":
        if recipient:
            return (f"Confidencial — preparado para {with_article(recipient, language)}" if es
                    else f"Confidential — prepared for {with_article(recipient, language)}")
        return ("Confidencial — para autoridades y cuerpo diplomático" if es
                else "Confidential — for diplomatic and official recipients")
    return ("Uso interno — no sale de la oficina" if es
            else "Internal — does not leave the office")


T = {
    # key: (English, Spanish)
    "briefing": ("Briefing on the situation of human rights defenders",
                 "Informe sobre la situación de las personas defensoras de derechos humanos"),
    "prepared_for": ("Prepared for", "Preparado para"),
    "period": ("Period", "Periodo"),
    "regions": ("Regions", "Regiones"),
    "all_regions": ("All regions", "Todas las regiones"),
    "audience": ("Audience", "Destinatarios"),
    "date": ("Date", "Fecha"),
    "prepared_by": ("Prepared by", "Elaborado por"),
    "summary": ("Summary", "Resumen"),
    "context": ("Context", "Contexto"),
    "most_severe": ("Most serious incidents", "Incidentes más graves"),
    "key_concerns": ("Key concerns", "Principales preocupaciones"),
    "requests_to": ("Our requests to %s", "Nuestras solicitudes a %s"),
    "gravest": ("The gravest incidents of the period", "Los incidentes más graves del periodo"),
    "pattern": ("The pattern of attacks", "El patrón de agresiones"),
    "chain": ("What was raised with whom, and what was kept",
              "Qué se planteó, ante quién, y qué se cumplió"),
    "method": ("Sources and method", "Fuentes y método"),
    "annex_grave": ("Annex A — Every killing, disappearance, case of sexual violence and torture "
                    "of the period (%s)",
                    "Anexo A — Todos los asesinatos, desapariciones, casos de violencia sexual y "
                    "tortura del periodo (%s)"),
    "annex_all": ("Annex B — All %s other incidents of the period",
                  "Anexo B — Los %s demás incidentes del periodo"),
    "annex_some": ("Annex B — The %s most serious of the %s other incidents of the period",
                   "Anexo B — Los %s más graves de los %s demás incidentes del periodo"),
    "by_region_chart": ("Incidents by region, this period and the previous one",
                        "Incidentes por región, este periodo y el anterior"),
    "incidents_axis": ("Incidents", "Incidentes"),
    "month_axis": ("Month", "Mes"),
    "source_line": ("Source: %s, records as of %s; %s audience.",
                    "Fuente: %s, registros al %s; destinatarios: %s."),
    "authorities_table": ("Authorities with broken or overdue commitments",
                          "Autoridades con compromisos incumplidos o vencidos"),
    "kept": ("Kept", "Cumplidos"),
    "broken": ("Broken", "Incumplidos"),
    "overdue": ("Overdue", "Vencidos"),
    "commitments": ("Commitments", "Compromisos"),
    "level": ("Level", "Nivel"),
    "draft_marker": ("Drafted from the records: staff confirm or change these before sending.",
                     "Borrador a partir de los registros: el equipo lo confirma o cambia antes de enviar."),
    "at_risk": ("People at risk", "Personas en riesgo"),
    "meetings": ("Meetings with the authorities and commitments",
                 "Reuniones con autoridades y compromisos"),
    "presence": ("Our presence", "Nuestra presencia"),
    "requests": ("Requests", "Solicitudes"),
    "charts": ("Charts", "Gráficos"),
    "by_month_kind": ("Incidents by month and kind", "Incidentes por mes y tipo"),
    "by_perpetrator": ("Incidents by alleged perpetrator", "Incidentes por presunto responsable"),
    "editable": ("Text for staff to complete before sending.",
                 "Texto que el equipo completa antes de enviar."),
    "incident": ("Incident", "Incidente"),
    "kind": ("Kind", "Tipo"),
    "region": ("Region", "Región"),
    "place": ("Place", "Lugar"),
    "severity": ("Severity", "Gravedad"),
    "perpetrator": ("Alleged perpetrator", "Presunto responsable"),
    "verification": ("Verification", "Verificación"),
    "affected": ("Affected", "Afectados"),
    "who": ("Who", "Quién"),
    "risk": ("Risk", "Riesgo"),
    "status": ("Status", "Estado"),
    "authority": ("Authority", "Autoridad"),
    "commitment": ("Commitment", "Compromiso"),
    "due": ("Due", "Plazo"),
    "count": ("Count", "Número"),
    "previous": ("Previous period", "Periodo anterior"),
    "change": ("Change", "Cambio"),
    "month": ("Month", "Mes"),
    "total": ("Total", "Total"),
    "none": ("None recorded in this period.", "Ninguno registrado en este periodo."),
    "alert": ("Urgent alert", "Alerta urgente"),
    "followup_alert": ("Urgent alert — follow-up", "Alerta urgente — seguimiento"),
    "reference": ("Reference", "Referencia"),
    "concern": ("Concern", "Motivo de preocupación"),
    "at_risk_alert": ("Who is at risk", "Quién está en riesgo"),
    "what_happened": ("What happened", "Qué ocurrió"),
    "background": ("Background: the pattern of attacks", "Contexto: el patrón de agresiones"),
    "actions": ("Recommended action", "Acciones recomendadas"),
    "appeals": ("Appeals to", "Dirigir llamamientos a"),
    "what_changed": ("What has changed", "Qué ha cambiado"),
    "follows": ("Follows alert", "Sigue a la alerta"),
    "stats": ("Statistics of incidents against human rights defenders",
              "Estadísticas de agresiones contra personas defensoras"),
    "by_kind": ("By kind", "Por tipo"),
    "by_region": ("By region", "Por región"),
    "by_severity": ("By severity", "Por gravedad"),
    "by_month": ("By month", "Por mes"),
    "by_perpetrator_table": ("By alleged perpetrator", "Por presunto responsable"),
}


def t(key: str, language: str) -> str:
    en, es = T[key]
    return es if language == "es" else en
