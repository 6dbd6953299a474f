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


def classification(audience: str, language: str, recipient: str = "") -> str:
    """The line at the top of every page."""
    es = language == "es"
    if audience == "public":
        return "Público — puede difundirse" if es else "Public — may be distributed"
    if audience == "diplomatic":
        if recipient:
            return (f"Confidencial — preparado para {recipient}" if es
                    else f"Confidential — prepared for {recipient}")
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
    "all_incidents": ("All incidents of the period", "Todos los incidentes del periodo"),
    "at_risk": ("Defenders at high risk", "Personas defensoras en alto riesgo"),
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
