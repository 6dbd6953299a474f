"""The urgent alert for one incident, on the pattern of the two-page urgent-action sheet.

A follow-up alert carries the first alert's reference and says what changed since:
the incident's follow-up and verification, the responses recorded on its alerts, and
new incidents against the same people and organisations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain import vocab as V
from ..vault.errors import UsageError
from .audience_view import AudienceView
from .briefing import affected_text, office_name
from .labels import classification, long_date, t
from .model import Document, Heading, Note, Run, Table, TitleBlock, bold, para
from ..domain import clock

BACKGROUND_MONTHS = 12


@dataclass
class AlertOptions:
    incident_id: str
    audience: str = "diplomatic"
    language: str = "en"
    page_size: str = "A4"
    office: str = ""
    follow_up: bool = False
    changes: str = ""  # staff's words on what changed, for a follow-up
    actions: str = ""  # editable recommended actions; empty gives the standard ones


def reference(incident) -> str:
    return f"UA-{incident.occurred_on.year}-{incident.id.replace('-', '')[:6].upper()}"


def build_alert(vault, options: AlertOptions) -> tuple[Document, AudienceView]:
    lang = options.language
    es = lang == "es"
    try:
        incident = vault.incidents.get(options.incident_id)
    except Exception:
        raise UsageError(f"There is no incident with id {options.incident_id}.") from None
    view = AudienceView(vault, options.audience, lang)
    alerts = vault.alerts.list(filters={"incident_id": incident.id}, order_by="activated_at",
                               with_links=False)
    ref = reference(incident)
    number = max(1, len(alerts) - 1)
    title = t("followup_alert" if options.follow_up else "alert", lang)
    doc = Document(kind="alert", title=title,
                   classification=classification(view.audience.value, lang),
                   office=office_name(vault, options.office), audience=view.audience.value,
                   language=lang, page_size=options.page_size)
    kind = V.INCIDENT_KIND.label(incident.kind, lang)
    concern = (f"{kind} — temor por la seguridad de las personas defensoras" if es
               else f"{kind} — fear for the safety of human rights defenders")
    facts = [(t("reference", lang), f"{ref}-FU{number}" if options.follow_up else ref),
             (t("date", lang), long_date(doc.date, lang)),
             (t("concern", lang), concern),
             (t("incident", lang), f"{long_date(incident.occurred_on, lang)}, "
                                   + ", ".join(x for x in (incident.place, incident.region) if x))]
    if options.follow_up:
        first = alerts[0].activated_at.date() if alerts and alerts[0].activated_at else incident.occurred_on
        facts.append((t("follows", lang), f"{ref} ({long_date(first, lang)})"))
    doc.add(TitleBlock(title, incident.summary, facts))

    doc.add(Heading(t("at_risk_alert", lang)))
    _at_risk(doc, incident, view, lang)
    if options.follow_up:
        doc.add(Heading(t("what_changed", lang)))
        _changes(doc, vault, incident, alerts, view, options.changes, lang)
    doc.add(Heading(t("what_happened", lang)))
    doc.add(para(bold(f"{long_date(incident.occurred_on, lang)}. "), incident.summary))
    if incident.description:
        for chunk in incident.description.split("\n\n"):
            if chunk.strip():
                doc.add(para(chunk.strip()))
    perpetrator = V.PERPETRATOR_TYPE.label(incident.perpetrator_type or "unknown", lang)
    doc.add(para(bold(t("perpetrator", lang) + ": "), perpetrator,
                 bold(" · " + t("verification", lang) + ": "),
                 V.VERIFICATION_STATUS.label(incident.verification, lang), style="small"))
    doc.add(Heading(t("background", lang)))
    _background(doc, vault, incident, lang)
    doc.add(Heading(t("actions", lang)))
    doc.add(Note([Run(options.actions)]) if options.actions.strip() else _standard_actions(incident, lang))
    doc.add(Heading(t("appeals", lang)))
    _appeals(doc, vault, incident, lang)
    return doc, view


def _at_risk(doc, incident, view: AudienceView, lang: str) -> None:
    rows = []
    for ids, roles, kinds, records in (
            (incident.affected_persons, incident.affected_person_roles, V.PERSON_KIND, view.persons),
            (incident.affected_organisations, incident.affected_organisation_roles,
             V.ORGANISATION_KIND, view.organisations)):
        for i, record_id in enumerate(ids):
            record = records.get(record_id)
            role = roles[i] if i < len(roles) else ""
            if record is None:
                continue
            rows.append([view.label(record_id), kinds.label(record.kind, lang) if view.may_name(record_id)
                         else "", V.AFFECTED_ROLE.label(role, lang) if role else "",
                         V.RISK_LEVEL.label(record.risk_level, lang)])
    if not rows:
        doc.add(para("No se registraron personas u organizaciones afectadas." if lang == "es"
                     else "No person or organisation affected is recorded."))
        return
    doc.add(Table([t("who", lang), t("kind", lang), "Rol" if lang == "es" else "Role", t("risk", lang)],
                  rows, widths=[5, 3, 2, 1.6]))


def _changes(doc, vault, incident, alerts, view: AudienceView, changes: str, lang: str) -> None:
    es = lang == "es"
    if changes.strip():
        doc.add(Note([Run(changes)]))
    doc.add(para(bold(("Seguimiento: " if es else "Follow-up: ")),
                 V.FOLLOW_UP_STATUS.label(incident.follow_up, lang),
                 bold(" · " + t("verification", lang) + ": "),
                 V.VERIFICATION_STATUS.label(incident.verification, lang)))
    for alert in alerts:
        if alert.response.strip():
            when = long_date(alert.activated_at.date(), lang) if alert.activated_at else ""
            doc.add(para(bold((f"Respuestas a la alerta del {when}: " if es
                               else f"Responses to the alert of {when}: ")), alert.response))
    since = alerts[0].activated_at.date() if alerts and alerts[0].activated_at else incident.occurred_on
    later = _same_people(vault, incident, since + dt.timedelta(days=1), clock.today())
    if later:
        doc.add(para("Nuevos incidentes contra las mismas personas u organizaciones:" if es
                     else "New incidents against the same people or organisations:"))
        doc.add(Table([t("date", lang), t("kind", lang), t("affected", lang), t("summary", lang)],
                      [[i.occurred_on.isoformat(), V.INCIDENT_KIND.label(i.kind, lang),
                        affected_text(_Row(i), view, lang), i.summary] for i in later],
                      widths=[1.7, 2.2, 4, 6]))


class _Row:
    """An incident record read like a row of the incidents frame."""

    def __init__(self, incident):
        self.affected_persons = incident.affected_persons
        self.affected_person_roles = incident.affected_person_roles
        self.affected_organisations = incident.affected_organisations
        self.affected_organisation_roles = incident.affected_organisation_roles


def _same_people(vault, incident, start: dt.date, end: dt.date) -> list:
    people = set(incident.affected_persons) | set(incident.affected_organisations)
    if not people or start > end:
        return []
    candidates = vault.incidents.list(ranges={"occurred_on": (start, end)}, order_by="occurred_on",
                                      filters={"region": incident.region} if incident.region else None)
    return [i for i in candidates if i.id != incident.id
            and people & (set(i.affected_persons) | set(i.affected_organisations))]


def _background(doc, vault, incident, lang: str) -> None:
    es = lang == "es"
    end = incident.occurred_on
    start = end - dt.timedelta(days=365 * BACKGROUND_MONTHS // 12)
    counts = {}
    if incident.region:
        for code in V.INCIDENT_KIND.codes:
            n = vault.incidents.count(filters={"region": incident.region, "kind": code},
                                      ranges={"occurred_on": (start, end)})
            if n:
                counts[code] = n
    total = sum(counts.values())
    if total:
        top = sorted(counts.items(), key=lambda kv: -kv[1])[:5]
        kinds = "; ".join(f"{n} × {V.INCIDENT_KIND.label(k, lang).lower()}" for k, n in top)
        if es:
            doc.add(para(f"En los doce meses hasta el {long_date(end, lang)} la oficina registró "
                         f"{total} incidentes contra personas defensoras en {incident.region}: {kinds}."))
        else:
            doc.add(para(f"In the twelve months up to {long_date(end, lang)} the office recorded "
                         f"{total} incidents against human rights defenders in {incident.region}: {kinds}."))
    earlier = _same_people(vault, incident, end - dt.timedelta(days=730), end - dt.timedelta(days=1))
    if earlier:
        kinds = ", ".join(sorted({V.INCIDENT_KIND.label(i.kind, lang).lower() for i in earlier}))
        doc.add(para(f"Las mismas personas u organizaciones sufrieron {len(earlier)} incidentes en los "
                     f"dos años anteriores ({kinds})." if es else
                     f"The same people or organisations suffered {len(earlier)} incidents in the two "
                     f"previous years ({kinds})."))
    if not total and not earlier:
        doc.add(para("No hay incidentes anteriores registrados en la zona." if es
                     else "No earlier incidents are recorded in the area."))


def _standard_actions(incident, lang: str) -> Note:
    if lang == "es":
        lines = ["Escriba a las autoridades indicadas abajo y pídales que:",
                 "1. garanticen de inmediato la seguridad de las personas en riesgo, de acuerdo con "
                 "sus deseos;",
                 "2. investiguen los hechos de forma pronta, exhaustiva e imparcial y lleven a los "
                 "responsables ante la justicia;",
                 "3. reconozcan públicamente la legitimidad de la labor de las personas defensoras "
                 "de derechos humanos."]
    else:
        lines = ["Write to the authorities listed below, urging them to:",
                 "1. guarantee at once the safety of the people at risk, in accordance with their wishes;",
                 "2. investigate the events promptly, thoroughly and impartially, and bring those "
                 "responsible to justice;",
                 "3. recognise publicly the legitimacy of the work of human rights defenders."]
    return Note([Run("\n".join(lines))])


def _appeals(doc, vault, incident, lang: str) -> None:
    es = lang == "es"
    if incident.perpetrator_authority_id:
        chain = vault.authorities.chain_above(incident.perpetrator_authority_id)
    else:
        chain = [a for a in vault.authorities.list(filters={"level": "national"}, with_links=False)
                 if a.kind in ("ministry", "prosecutor", "ombudsman", "inspector_general")]
        doc.add(para("No hay una unidad responsable registrada; diríjase a las autoridades nacionales."
                     if es else "No responsible unit is recorded; appeal to the national authorities."))
    if not chain:
        doc.add(para(t("none", lang)))
        return
    today = clock.today()
    for authority in chain:
        officials = [o for o in vault.officials.list(filters={"authority_id": authority.id},
                                                     with_links=False)
                     if (o.start_on is None or o.start_on <= today) and (o.end_on is None or o.end_on >= today)]
        kind = V.AUTHORITY_KIND.label(authority.kind, lang)
        level = V.AUTHORITY_LEVEL.label(authority.level, lang).lower()
        doc.add(Heading(authority.name, level=2))
        where = f"{kind}, {level}" + (f", {authority.territory}" if authority.territory else "")
        lines = [where] + [f"{o.full_name}, {o.position}" for o in officials]
        if authority.contact:
            lines.append(authority.contact)
        doc.add(para("\n".join(lines), style="small"))
