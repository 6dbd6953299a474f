"""The urgent action for one incident, on the pattern of the two-page urgent-action sheet.

A sequential reference per year (`UA 7/26`), the issue date and a date to act before;
who is at risk (for a killing: the family, the witnesses and the community, never the
dead victim); recommended actions drafted by kind of incident; appeals along the chain
of command with each authority's address, email and salutation; copies to the
recipient's own embassy, the ombudsman's office and the UN office.

A follow-up carries "further information on UA 7/26" and says what changed since:
the incident's follow-up and verification, the responses recorded on its alerts, and
new incidents against the same people and organisations.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..domain import clock
from ..domain import vocab as V
from ..domain.language import quoted_note, set_language
from ..vault.errors import UsageError
from . import fonts
from .audience_view import AudienceView
from .briefing import _KILLED_ROLES, affected_text, office_name
from .labels import classification, counted, join_words, long_date, number, t
from .model import Document, Heading, Note, PageBreak, Run, Table, TitleBlock, bold, para
from .textsafe import shorten

BACKGROUND_MONTHS = 12
ACT_WITHIN_DAYS = 14


@dataclass
class AlertOptions:
    incident_id: str
    audience: str = "diplomatic"
    language: str = "en"
    page_size: str = "A4"
    office: str = ""
    follow_up: bool = False
    changes: str = ""  # staff's words on what changed, for a follow-up
    actions: str = ""  # editable recommended actions; empty gives those drafted for the kind
    recipient: str = ""  # whose embassy gets a copy
    country: str = ""  # ISO code of that embassy's country (else recognised from the recipient)
    appeal_language: str = "es"  # the language appeals should be written in
    act_days: int = ACT_WITHIN_DAYS


def reference(records, incident, today: dt.date | None = None) -> str:
    """'UA 7/26': the seventh incident whose first alert went out in 2026.

    Numbered from the alerts themselves, so the same incident keeps its number in every
    copy and follow-up; an incident with no alert yet takes the next free number."""
    today = today or clock.today()
    first: dict[str, dt.datetime] = {}
    for alert in records.alerts.list(order_by="activated_at", with_links=False):
        if alert.activated_at and alert.incident_id not in first:
            first[alert.incident_id] = alert.activated_at
    mine = first.get(incident.id)
    year = mine.year if mine else today.year
    same_year = sorted((at, incident_id) for incident_id, at in first.items() if at.year == year)
    number = same_year.index((mine, incident.id)) + 1 if mine else len(same_year) + 1
    return f"UA {number}/{year % 100:02d}"


def build_alert(vault, options: AlertOptions) -> tuple[Document, AudienceView]:
    lang = options.language
    es = lang == "es"
    view = AudienceView(vault, options.audience, lang)
    # Every record below is read through the field declarations for this audience.
    records = view.records
    try:
        incident = records.incidents.get(options.incident_id)
    except Exception:
        raise UsageError("reports.alert.there_no_incident_id", incident_id=options.incident_id) from None
    alerts = records.alerts.list(filters={"incident_id": incident.id}, order_by="activated_at",
                               with_links=False)
    doc = Document(kind="alert", title="", classification=classification(view.audience.value, lang,
                                                                         options.recipient.strip()),
                   office=office_name(vault, options.office), audience=view.audience.value,
                   language=lang, page_size=options.page_size)
    ref = reference(records, incident, doc.date)
    if options.follow_up:
        doc.title = (f"Acción urgente — más información sobre la {ref}" if es
                     else f"Urgent action — further information on {ref}")
    else:
        doc.title = f"Acción urgente {ref}" if es else f"Urgent action {ref}"
    kind = V.INCIDENT_KIND.label(incident.kind, lang)
    concern = (f"{kind} — temor por la seguridad de las personas defensoras" if es
               else f"{kind} — fear for the safety of human rights defenders")
    act_before = doc.date + dt.timedelta(days=options.act_days)
    language_name = {"es": ("Spanish", "español"), "en": ("English", "inglés")}.get(
        options.appeal_language, (options.appeal_language, options.appeal_language))
    facts = [(t("reference", lang), ref + (" — " + ("más información" if es else "further information")
                                           if options.follow_up else "")),
             ("Fecha de emisión" if es else "Issued", long_date(doc.date, lang)),
             ("Actúe antes del" if es else "Please act before", long_date(act_before, lang)),
             (t("concern", lang), concern),
             (t("incident", lang), f"{long_date(incident.occurred_on, lang)}, "
                                   + ", ".join(x for x in (incident.place, incident.region) if x)),
             ("Idioma de los llamamientos" if es else "Preferred language for appeals",
              language_name[1] if es else language_name[0])]
    if options.follow_up:
        first = alerts[0].activated_at.date() if alerts and alerts[0].activated_at else incident.occurred_on
        facts.append((t("follows", lang), f"{ref} ({long_date(first, lang)})"))
    language = view.record_language(incident, incident.summary, incident.description)
    summary = view.free_text(incident.summary, language)
    doc.add(TitleBlock(doc.title, summary, facts))

    doc.add(Heading(t("at_risk_alert", lang)))
    _at_risk(doc, incident, view, lang)
    if options.follow_up:
        doc.add(Heading(t("what_changed", lang)))
        _changes(doc, records, incident, alerts, view, options.changes, lang)
    doc.add(Heading(t("what_happened", lang)))
    doc.add(para(bold(f"{long_date(incident.occurred_on, lang)}. "), summary))
    if incident.description:
        for chunk in view.free_text(incident.description, language).split("\n\n"):
            if chunk.strip():
                doc.add(para(chunk.strip()))
    note = quoted_note(language, lang)
    if note:
        doc.add(para(note, style="small"))
    perpetrator = V.PERPETRATOR_TYPE.label(incident.perpetrator_type or "unknown", lang)
    doc.add(para(bold(t("perpetrator", lang) + ": "), perpetrator,
                 bold(" · " + t("verification", lang) + ": "),
                 V.VERIFICATION_STATUS.label(incident.verification, lang), style="small"))
    doc.add(Heading(t("background", lang)))
    _background(doc, records, incident, lang)
    doc.add(Heading(t("actions", lang)))
    doc.add(Note([Run(options.actions.strip())]) if options.actions.strip()
            else Note([Run("\n".join(recommended_actions(incident.kind, lang)))]))
    doc.add(para(bold(("Escriba en " if es else "Write in ")
                      + (language_name[1] if es else language_name[0])),
                 f" antes del {long_date(act_before, lang)}." if es
                 else f" before {long_date(act_before, lang)}."))
    doc.add(Heading(t("appeals", lang)))
    chain = _appeals(doc, records, incident, lang)
    doc.add(Heading("Copias a" if es else "Copies to"))
    _copies(doc, records, options, chain, lang)
    _sample_letter(doc, records, incident, view, options, chain, lang)
    return fonts.mark_unprintable(doc), view


def _at_risk(doc, incident, view: AudienceView, lang: str) -> None:
    es = lang == "es"
    killing = incident.kind == "killing"
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
            if killing and records is view.persons and role in _KILLED_ROLES:
                continue  # the dead are not at risk; those they leave are
            rows.append([view.label(record_id), kinds.label(record.kind, lang) if view.may_name(record_id)
                         else "", V.AFFECTED_ROLE.label(role, lang) if role else "",
                         V.RISK_LEVEL.label(record.risk_level, lang)])
    if killing:
        doc.add(para("Tras el asesinato están en riesgo la familia, los testigos y la comunidad de la víctima."
                     if es else "After the killing, the family, the witnesses and the community of the "
                                "victim are at risk."))
    if not rows:
        if not killing:
            doc.add(para("No se registraron personas u organizaciones afectadas." if es
                         else "No person or organisation affected is recorded."))
        return
    doc.add(Table([t("who", lang), t("kind", lang), "Rol" if es else "Role", t("risk", lang)],
                  rows, widths=[5, 3, 2.4, 1.6]))


def _changes(doc, records, incident, alerts, view: AudienceView, changes: str, lang: str) -> None:
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
                               else f"Responses to the alert of {when}: ")),
                         view.free_text(alert.response, set_language(alert))))
    since = alerts[0].activated_at.date() if alerts and alerts[0].activated_at else incident.occurred_on
    later = _same_people(records, incident, since + dt.timedelta(days=1), clock.today())
    if later:
        doc.add(para("Nuevos incidentes contra las mismas personas u organizaciones:" if es
                     else "New incidents against the same people or organisations:"))
        doc.add(Table([t("date", lang), t("kind", lang), t("affected", lang), t("summary", lang)],
                      [[i.occurred_on.isoformat(), V.INCIDENT_KIND.label(i.kind, lang),
                        affected_text(_Row(i), view, lang), view.free_text(i.summary, view.record_language(i, i.summary, i.description))]
                       for i in later],
                      widths=[1.8, 2.2, 4, 6]))


class _Row:
    """An incident record read like a row of the incidents frame."""

    def __init__(self, incident):
        self.affected_persons = incident.affected_persons
        self.affected_person_roles = incident.affected_person_roles
        self.affected_organisations = incident.affected_organisations
        self.affected_organisation_roles = incident.affected_organisation_roles


def _same_people(records, incident, start: dt.date, end: dt.date) -> list:
    people = set(incident.affected_persons) | set(incident.affected_organisations)
    if not people or start > end:
        return []
    candidates = records.incidents.list(ranges={"occurred_on": (start, end)}, order_by="occurred_on",
                                      filters={"region": incident.region} if incident.region else None)
    return [i for i in candidates if i.id != incident.id
            and people & (set(i.affected_persons) | set(i.affected_organisations))]


def _background(doc, records, incident, lang: str) -> None:
    es = lang == "es"
    end = incident.occurred_on
    start = end - dt.timedelta(days=365 * BACKGROUND_MONTHS // 12)
    counts = {}
    if incident.region:
        for code in V.INCIDENT_KIND.codes:
            n = records.incidents.count(filters={"region": incident.region, "kind": code},
                                      ranges={"occurred_on": (start, end)})
            if n:
                counts[code] = n
    total = sum(counts.values())
    if total:
        top = sorted(counts.items(), key=lambda kv: -kv[1])[:5]
        kinds = "; ".join(f"{V.INCIDENT_KIND.label(k, lang).lower()}: {number(n, lang)}" for k, n in top)
        if es:
            doc.add(para(f"En los doce meses hasta el {long_date(end, lang)} la oficina registró "
                         f"{counted(total, 'incidente', 'incidentes', lang)} contra personas defensoras en "
                         f"{incident.region} ({kinds})."))
        else:
            doc.add(para(f"In the twelve months up to {long_date(end, lang)} the office recorded "
                         f"{counted(total, 'incident', 'incidents', lang)} against human rights defenders in "
                         f"{incident.region} ({kinds})."))
    earlier = _same_people(records, incident, end - dt.timedelta(days=730), end - dt.timedelta(days=1))
    if earlier:
        kinds = ", ".join(sorted({V.INCIDENT_KIND.label(i.kind, lang).lower() for i in earlier}))
        doc.add(para(f"Las mismas personas u organizaciones sufrieron "
                     f"{counted(len(earlier), 'incidente', 'incidentes', lang)} en los dos años anteriores "
                     f"({kinds})." if es else
                     f"The same people or organisations suffered {counted(len(earlier), 'incident', 'incidents', lang)} "
                     f"in the two previous years ({kinds})."))
    if not total and not earlier:
        doc.add(para("No hay incidentes anteriores registrados en la zona." if es
                     else "No earlier incidents are recorded in the area."))


# What to ask for, by kind of incident: (English, Spanish) lines after the opening one.
_ASKS = {
    "killing": [
        ("investigate the killing promptly, thoroughly and impartially, including the responsibility "
         "of those in command, and bring those responsible to justice;",
         "investiguen el asesinato de forma pronta, exhaustiva e imparcial, incluida la responsabilidad "
         "de quienes tenían el mando, y lleven a los responsables ante la justicia;"),
        ("protect the family, the witnesses and the community, in accordance with their wishes;",
         "protejan a la familia, a los testigos y a la comunidad, de acuerdo con sus deseos;")],
    "disappearance": [
        ("disclose at once the fate and whereabouts of the disappeared person;",
         "revelen de inmediato la suerte y el paradero de la persona desaparecida;"),
        ("search for the person with the family, and protect the family and the witnesses;",
         "busquen a la persona junto con la familia, y protejan a la familia y a los testigos;")],
    "sexual_violence": [
        ("ensure the survivor receives medical and psychological care of her or his choosing;",
         "garanticen a la persona sobreviviente la atención médica y psicológica que elija;"),
        ("investigate with a gender-sensitive approach, in confidence and without re-victimisation;",
         "investiguen con enfoque de género, con confidencialidad y sin revictimización;")],
    "torture": [
        ("ensure an independent medical examination and investigate the allegations of torture;",
         "garanticen un examen médico independiente e investiguen las denuncias de tortura;"),
        ("ensure that no statement obtained under torture is used as evidence;",
         "garanticen que ninguna declaración obtenida bajo tortura se use como prueba;")],
    "detention": [
        ("release the defender at once unless charged with a recognisable criminal offence;",
         "liberen de inmediato a la persona defensora salvo que se le impute un delito reconocible;"),
        ("guarantee access to a lawyer of choice and to the family, and protection from ill-treatment;",
         "garanticen el acceso a un abogado de su elección y a su familia, y la protección contra malos tratos;")],
    "judicial_harassment": [
        ("drop the charges brought for the defender's legitimate work;",
         "retiren los cargos presentados por la labor legítima de la persona defensora;"),
        ("guarantee a fair trial that diplomatic observers may attend;",
         "garanticen un juicio justo al que puedan asistir observadores diplomáticos;")],
    "displacement": [
        ("guarantee the safe return of the displaced community, with protection agreed with it;",
         "garanticen el retorno seguro de la comunidad desplazada, con protección acordada con ella;")],
}
_DEFAULT_ASKS = [
    ("guarantee at once the safety of the people at risk, in accordance with their wishes;",
     "garanticen de inmediato la seguridad de las personas en riesgo, de acuerdo con sus deseos;"),
    ("investigate the events promptly, thoroughly and impartially, and bring those responsible to justice;",
     "investiguen los hechos de forma pronta, exhaustiva e imparcial y lleven a los responsables ante "
     "la justicia;")]
_LAST_ASK = ("recognise publicly the legitimacy of the work of human rights defenders.",
             "reconozcan públicamente la legitimidad de la labor de las personas defensoras de derechos "
             "humanos.")


def recommended_actions(kind: str, lang: str) -> list[str]:
    """The opening line and numbered asks for this kind of incident; staff may rewrite them."""
    es = lang == "es"
    asks = _ASKS.get(kind, _DEFAULT_ASKS) + [_LAST_ASK]
    lines = ["Escriba a las autoridades indicadas abajo y pídales que:" if es
             else "Write to the authorities listed below, urging them to:"]
    lines += [f"{i}. {pair[1] if es else pair[0]}" for i, pair in enumerate(asks, start=1)]
    return lines


def _in_post(records, authority_id: str, today: dt.date) -> list:
    return [o for o in records.officials.list(filters={"authority_id": authority_id}, with_links=False)
            if (o.start_on is None or o.start_on <= today) and (o.end_on is None or o.end_on >= today)]


def _address_lines(authority, officials, lang: str) -> list[str]:
    es = lang == "es"
    lines = []
    head = officials[0] if officials else None
    if head is not None:
        lines.append(f"{head.full_name}, {head.position}")
    address = (head.postal_address if head is not None and head.postal_address.strip()
               else authority.postal_address)
    if address.strip():
        lines.append(", ".join(x.strip() for x in address.splitlines() if x.strip()))
    email = head.email if head is not None and head.email.strip() else authority.email
    if email.strip():
        lines.append(("Correo: " if es else "Email: ") + email.strip())
    salutation = head.salutation if head is not None and head.salutation.strip() else authority.salutation
    if salutation.strip():
        lines.append(("Encabezamiento: " if es else "Salutation: ") + salutation.strip())
    if not (address.strip() or email.strip()) and authority.contact.strip():
        lines.append(authority.contact.strip())
    return lines


def _appeals(doc, records, incident, lang: str) -> list:
    es = lang == "es"
    if incident.perpetrator_authority_id:
        chain = records.authorities.chain_above(incident.perpetrator_authority_id)
    else:
        chain = [a for a in records.authorities.list(filters={"level": "national"}, with_links=False)
                 if a.kind in ("ministry", "prosecutor", "inspector_general")]
        doc.add(para("No hay una unidad responsable registrada; diríjase a las autoridades nacionales."
                     if es else "No responsible unit is recorded; appeal to the national authorities."))
    if not chain:
        doc.add(para(t("none", lang)))
        return []
    today = clock.today()
    for authority in chain:
        kind = V.AUTHORITY_KIND.label(authority.kind, lang)
        level = V.AUTHORITY_LEVEL.label(authority.level, lang).lower()
        territory = authority.territory if V.fold(authority.territory) not in ("", "nacional", "national") else ""
        where = f"{kind}, {level}" + (f", {territory}" if territory else "")
        lines = [where] + _address_lines(authority, _in_post(records, authority.id, today), lang)
        doc.add(Heading(authority.name, level=2))
        doc.add(para("\n".join(lines), style="small"))
    return chain


def _copies(doc, records, options: AlertOptions, chain, lang: str) -> None:
    """The recipient's own embassy, the national ombudsman's office and the UN office."""
    es = lang == "es"
    authorities = [a for a in records.authorities.list(with_links=False)]
    country = V.country_of(options.country) if options.country else V.country_in(options.recipient)
    picks = []
    if country:
        picks += [a for a in authorities if a.kind == "embassy" and V.country_in(a.name) == country][:1]
    ombudsman = [a for a in authorities if a.kind == "ombudsman"]
    picks += sorted(ombudsman, key=lambda a: V.AUTHORITY_LEVEL.rank(a.level), reverse=True)[:1]
    un = [a for a in authorities if a.kind == "un_office"]
    # The UN human rights office first: the one that takes up defenders' cases.
    picks += sorted(un, key=lambda a: (a.superior_id is not None, not re.search(
        r"derechos humanos|human rights|ohchr|oacnudh", V.fold(a.name)), a.name))[:1]
    today = clock.today()
    if not picks:
        doc.add(para(t("none", lang)))
        return
    for authority in picks:
        lines = _address_lines(authority, _in_post(records, authority.id, today), lang)
        doc.add(Heading(authority.name, level=2))
        if lines:
            doc.add(para("\n".join(lines), style="small"))
    if country and not any(a.kind == "embassy" for a in picks):
        name = V.COUNTRY.label(country, lang)
        doc.add(para(f"La embajada de {name} no figura entre las autoridades registradas." if es else
                     f"The embassy of {name} is not among the authorities recorded.", style="small"))


# -- page 3: a short sample letter ------------------------------------------------------------

def _addressee(records, chain: list, today: dt.date):
    """The authority the sample letter is written to, with the official in post: the
    highest of the chain whose salutation and address or email are recorded."""
    for authority in reversed(chain):
        officials = _in_post(records, authority.id, today)
        head = officials[0] if officials else None
        salutation = (head.salutation if head is not None and head.salutation.strip()
                      else authority.salutation).strip()
        address = (head.postal_address if head is not None and head.postal_address.strip()
                   else authority.postal_address).strip()
        email = (head.email if head is not None and head.email.strip() else authority.email).strip()
        if salutation and (address or email):
            return authority, head, salutation, address, email
    return None


def _letter_asks(options: AlertOptions, kind: str, lang: str) -> list[str]:
    """The numbered requests: those staff wrote into the recommended actions, else the drafted ones."""
    lines = options.actions.splitlines() if options.actions.strip() else recommended_actions(kind, lang)
    asks = [re.sub(r"^\s*\d+[.)]\s*", "", line).strip() for line in lines
            if re.match(r"^\s*\d+[.)]\s", line)]
    return [a for a in asks if a] or [re.sub(r"^\d+\.\s*", "", line)
                                      for line in recommended_actions(kind, lang)[1:]]


def _sample_letter(doc, records, incident, view: AudienceView, options: AlertOptions, chain: list,
                   lang: str) -> None:
    """Page 3: a short letter to the authority at the top of the chain, when its salutation
    and address are recorded. It is part of the document, so the same withholding and the
    same final scan cover it: the people in it are named only as the audience allows."""
    es = lang == "es"
    found = _addressee(records, chain, clock.today())
    if found is None:
        return
    authority, head, salutation, address, email = found
    doc.add(PageBreak())
    doc.add(Heading("Modelo de carta" if es else "Sample letter"))
    to = ([f"{head.full_name}, {head.position}" if head.position.strip() else head.full_name]
          if head is not None else [])
    to.append(authority.name)
    to += [line.strip() for line in address.splitlines() if line.strip()]
    if email:
        to.append(email)
    doc.add(para("\n".join(to), style="small"))
    # A blank line before the salutation, as in a letter.
    doc.add(para("\n" + salutation + ("" if salutation[-1:] in ",:" else (":" if es else ","))))

    kind = V.INCIDENT_KIND.label(incident.kind, lang).lower()
    where = ", ".join(x for x in (incident.place, incident.region) if x)
    when = long_date(incident.occurred_on, lang)
    killing = incident.kind == "killing"
    people = []
    for ids, roles in ((incident.affected_persons, incident.affected_person_roles),
                       (incident.affected_organisations, incident.affected_organisation_roles)):
        for i, record_id in enumerate(ids):
            role = roles[i] if i < len(roles) else ""
            if killing and ids is incident.affected_persons and role in _KILLED_ROLES:
                continue  # the letter fears for those left behind, not for the dead
            if record_id in view.persons or record_id in view.organisations:
                people.append(view.label(record_id))
    at_risk = join_words(people[:4], lang)
    summary = shorten(incident.summary, 240).rstrip(".")
    if es:
        case = (f"Le escribo con profunda preocupación por los hechos del {when}"
                + (f" en {where}" if where else "") + f" ({kind}): {summary}.")
        fear = ("Temo por la seguridad de la familia, los testigos y la comunidad de la víctima"
                if killing else "Temo por la seguridad de las personas afectadas")
        fear += f", entre ellas {at_risk}." if at_risk else "."
        urge = "Solicito respetuosamente que las autoridades competentes:"
    else:
        case = (f"I am writing to express my deep concern about the {kind} of {when}"
                + (f" in {where}" if where else "") + f": {summary}.")
        fear = ("I fear for the safety of the victim's family, the witnesses and the community"
                if killing else "I fear for the safety of the people affected")
        fear += f", among them {at_risk}." if at_risk else "."
        urge = "I respectfully urge you to:"
    doc.add(para(case + " " + fear))
    doc.add(para(urge))
    doc.add(para("\n".join(f"{i}. {ask}" for i, ask in enumerate(_letter_asks(options, incident.kind, lang),
                                                                   start=1))))
    doc.add(para("Atentamente," if es else "Yours sincerely,"))
    doc.add(para("[Nombre, cargo y dirección]" if es else "[Name, position and address]", style="small"))
