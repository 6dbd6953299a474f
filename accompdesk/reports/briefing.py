"""The embassy briefing: a case made from the record, for a reader with five minutes.

Page 1 holds the three to five key concerns drafted from the data and the requests to
this recipient; the body gives the office's context, the pattern in charts, the gravest
incidents of the whole period, what was raised with whom and what was kept, and the
people at risk; long lists go to annexes whose titles say what they hold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..domain import clock
from ..domain.collector import paused
from ..domain import vocab as V
from ..domain.audience import fold
from ..domain.messages import Message
from ..domain.language import quoted_note
from ..vault.errors import InputRejected, UsageError
from . import charts, fonts
from .audience_view import AudienceView
from .data import (Period, change_text, comparison, default_period, descriptions, in_regions,
                   incidents_frame, kind_frame)
from .labels import (classification, counted, join_words, kind_count, level_count, long_date, month_label,
                     number, percent, plural, t, with_article)
from .model import Document, Heading, Image, Note, PageBreak, Run, Table, TitleBlock, bold, para
from .textsafe import shorten

SEVERE_COUNT = 5
NARRATIVE_CHARS = 900
# Annexes list what the body only counts; past these lengths they keep the most serious
# rows and their titles say how many of how many.
ANNEX_GRAVE_ROWS = 300
ANNEX_ROWS = 150
AT_RISK_ROWS = 25
MEETING_ROWS = 60
AUTHORITY_ROWS = 12
CHART_KINDS = 6  # series in the month chart besides "Other kinds"
# How sure the office is, for ordering equally grave incidents.
_VERIFIED = {"verified": 3, "partly_verified": 2, "unverified": 1, "disputed": 0}
_ABOVE_LOCAL = {"regional", "national", "international"}
# A person named as the victim or the target of a killing is the one killed.
_KILLED_ROLES = ("victim", "target", "")


@dataclass
class BriefingOptions:
    recipient: str = ""
    period: Period = field(default_factory=default_period)
    regions: list[str] = field(default_factory=list)
    audience: str = "diplomatic"
    language: str = "en"
    page_size: str = "A4"
    office: str = ""
    country: str = ""  # ISO 3166 alpha-2 code of the recipient's country
    nationality: str = ""  # older spelling of `country`: a code or a country's name
    context: str = ""  # the office's own text; empty leaves a placeholder
    requests: str = ""  # one request per line; empty leaves the drafted ones, marked as a draft
    concerns: list[str] | None = None  # as staff edited them; None drafts them from the data


def office_name(vault, given: str = "") -> str:
    """The only name besides AccompDesk that a document's metadata carry."""
    from ..vault import settings

    return (given.strip() or settings.load(vault).office_name.strip() or "AccompDesk")


def recipient_country(options: BriefingOptions) -> str | None:
    """The recipient's country as a code: given, or recognised in the recipient's name.

    None when neither names exactly one country: the nationals sentence is then left
    out rather than guessed."""
    given = (options.country or options.nationality).strip()
    if given:
        code = V.country_of(given)
        if code is None:
            raise UsageError("reports.briefing.not_iso_3166_country", given=given)
        return code
    return V.country_in(options.recipient)


def placeholders(options: BriefingOptions) -> list[str]:
    """The parts still left for staff to write: 'context', 'requests'."""
    return [name for name, text in (("context", options.context), ("requests", options.requests))
            if not text.strip()]


def check_placeholders(options: BriefingOptions, allow: bool = False,
                       hint: str = "reports.briefing.hint_command_line") -> None:
    """Placeholders may go to an internal draft only; any other audience needs the texts.
    `hint` is the code of the sentence that says how to give them."""
    empty = placeholders(options)
    if not empty or allow or options.audience == "internal":
        return
    if len(empty) > 1:
        raise InputRejected("reports.briefing.placeholders", audience=options.audience, hint=Message(hint))
    if "context" in empty:
        raise InputRejected("reports.briefing.placeholder_context", audience=options.audience, hint=Message(hint))
    raise InputRejected("reports.briefing.placeholder_requests", audience=options.audience, hint=Message(hint))


# -- the facts, gathered once --------------------------------------------------------------

@dataclass
class Facts:
    period: Period
    current: object  # incidents of the period (DataFrame)
    previous: object  # kinds of the previous period (DataFrame)
    previous_regions: dict
    gravest: object  # the chosen incidents (DataFrame)
    killed: set
    authorities: dict
    meetings: list
    commitments: dict  # meeting id -> commitments
    raised_levels: dict  # incident id -> levels of the authorities it was raised with
    as_of: dt.date
    at_risk: list = field(default_factory=list)
    narratives: dict = field(default_factory=dict)  # incident id -> description, for the gravest


def rank_frame(frame):
    """The incidents with the columns that order them by how grave they are."""
    ranked = frame.copy()
    ranked["gravity"] = ranked["kind"].map(V.kind_gravity)
    ranked["verified_rank"] = ranked["verification"].map(lambda v: _VERIFIED.get(v, 0))
    ranked["n_affected"] = ranked["affected_persons"].map(lambda x: len(x or [])) + \
        ranked["affected_organisations"].map(lambda x: len(x or []))
    return ranked.sort_values(["severity_rank", "gravity", "verified_rank", "n_affected", "occurred_on"],
                              ascending=[False, False, False, False, True], kind="stable")


def choose_gravest(frame, count: int = SEVERE_COUNT):
    """The `count` gravest incidents of the whole period, by severity and then kind.

    Ties on the last tier taken go first to regions not yet shown, so that the page
    shows the breadth of the pattern rather than one place."""
    if frame.empty:
        return frame
    ranked = rank_frame(frame)
    region_of = ranked["region"].to_dict()
    chosen: list = []
    regions: set = set()
    for _tier, group in ranked.groupby(["severity_rank", "gravity"], sort=False):
        rows = list(group.index)
        if len(chosen) + len(rows) <= count:
            chosen += rows
            regions.update(region_of[i] for i in rows)
        else:
            fresh, seen = [], set()
            for i in rows:
                if region_of[i] not in regions and region_of[i] not in seen:
                    fresh.append(i)
                    seen.add(region_of[i])
            taken = set(fresh)
            chosen += (fresh + [i for i in rows if i not in taken])[:count - len(chosen)]
        if len(chosen) >= count:
            break
    return ranked.loc[chosen]


def _killed(records) -> set[str]:
    """People recorded as the victim of a killing: never listed as at risk."""
    dead = set()
    for incident in records.incidents.read_fields(["affected_persons", "affected_person_roles"],
                                                  filters={"kind": "killing"}):
        roles = incident["affected_person_roles"]
        for i, person in enumerate(incident["affected_persons"]):
            role = roles[i] if i < len(roles) else ""
            if role in _KILLED_ROLES:
                dead.add(person)
    return dead


def gather(records, options: BriefingOptions) -> Facts:
    """The facts of the period, read through `records` (an AudienceView's DisclosedVault)."""
    period = options.period
    current = incidents_frame(records, period, options.regions)
    previous = kind_frame(records, period.previous(), options.regions, set(current["region"]))
    previous_regions = {}
    for region in sorted({r for r in current["region"] if r}):
        previous_regions[region] = records.incidents.count(
            filters={"region": region}, ranges={"occurred_on": (period.previous().start,
                                                                period.previous().end)})
    as_of = clock.today()
    authorities = {a.id: a for a in records.authorities.list(include_deleted=True, with_links=False)}
    meetings = records.meetings.list(ranges={"held_on": (period.start, max(period.end, as_of))},
                                   order_by="held_on")
    if options.regions:
        meetings = [m for m in meetings if m.authority_id in authorities and (
            authorities[m.authority_id].level in ("national", "international")
            or in_regions(authorities[m.authority_id].territory, options.regions))]
    raised: dict[str, set] = {}
    for m in meetings:
        level = authorities[m.authority_id].level if m.authority_id in authorities else "local"
        for incident_id in m.incidents:
            raised.setdefault(incident_id, set()).add(level)
    in_period = [m for m in meetings if m.held_on and m.held_on <= period.end]
    commitments: dict[str, list] = {}
    ids = [m.id for m in in_period]
    for start in range(0, len(ids), 500):
        for c in records.commitments.list(filters={"meeting_id": ids[start:start + 500]},
                                        order_by="due_on", with_links=False):
            commitments.setdefault(c.meeting_id, []).append(c)
    gravest = choose_gravest(current)
    narratives = descriptions(records, gravest["id"]) if len(gravest) else {}
    return Facts(period, current, previous, previous_regions, gravest,
                 _killed(records), authorities, in_period, commitments, raised, as_of,
                 narratives=narratives)


# -- the document --------------------------------------------------------------------------

@paused
def check_texts(options: BriefingOptions) -> None:
    """The office's own texts hold no control characters (pasted from a terminal or another
    program): a document would print them as boxes or codes."""
    from ..domain.validation import control_character_line

    line = control_character_line(options.context)
    if line:
        raise InputRejected("reports.briefing.control_characters_context", line=line)
    line = control_character_line(options.requests)
    if line:
        raise InputRejected("reports.briefing.control_characters_requests", line=line)


def build_briefing(vault, options: BriefingOptions) -> tuple[Document, AudienceView]:
    check_texts(options)
    lang = options.language
    view = AudienceView(vault, options.audience, lang)
    facts = gather(view.records, options)
    facts.at_risk = at_risk_rows(view, facts.current, options.regions, facts.killed, lang)
    office = office_name(vault, options.office)
    recipient = options.recipient.strip()
    country = recipient_country(options)
    period = options.period

    doc = Document(kind="briefing", title=t("briefing", lang),
                   classification=classification(view.audience.value, lang, recipient),
                   office=office, audience=view.audience.value, language=lang,
                   page_size=options.page_size)
    facts_lines = []
    if recipient:
        facts_lines.append((t("prepared_for", lang), recipient))
    facts_lines += [(t("period", lang), f"{long_date(period.start, lang)} – {long_date(period.end, lang)}"),
                    (t("regions", lang), ", ".join(options.regions) if options.regions
                     else t("all_regions", lang)),
                    (t("date", lang), long_date(doc.date, lang)),
                    (t("prepared_by", lang), office)]
    doc.add(TitleBlock(t("briefing", lang), recipient, facts_lines))

    # Page 1: the case in five minutes.
    doc.add(Heading(t("key_concerns", lang)))
    concerns = options.concerns if options.concerns is not None else draft_concerns(facts, view, lang)
    for i, concern in enumerate([c for c in concerns if c.strip()], start=1):
        doc.add(para(bold(f"{i}. "), concern.strip()))
    doc.add(Heading(t("requests_to", lang) % (with_article(recipient, lang) or
                                               ("el destinatario" if lang == "es" else "the recipient"))))
    lines = [line.strip() for line in options.requests.splitlines() if line.strip()]
    if lines:
        for i, line in enumerate(lines, start=1):
            doc.add(para(bold(f"{i}. "), line))
    else:
        drafted = draft_requests(facts, view, lang)
        doc.add(Note([Run(f"{i}. {r}\n" if i < len(drafted) else f"{i}. {r}")
                      for i, r in enumerate(drafted, start=1)], title="[…] " + t("draft_marker", lang)))

    doc.add(PageBreak(), Heading(t("context", lang)))
    doc.add(_editable(options.context, lang))
    source = source_line(office, doc.date, view.audience.value, lang)
    _pattern(doc, facts, options.regions, source, lang)
    _gravest(doc, facts, view, lang)
    _chain(doc, facts, lang)
    _at_risk(doc, view, facts, options.regions, lang)
    _presence(doc, view.records, period, country, lang)
    _method(doc, period, view.audience.value, lang)
    _annexes(doc, facts, view, lang)
    return fonts.mark_unprintable(doc), view


def drafts(vault, options: BriefingOptions) -> tuple[list[str], list[str]]:
    """The key concerns and the requests as drafted from the record, for staff to edit."""
    view = AudienceView(vault, options.audience, options.language)
    facts = gather(view.records, options)
    facts.at_risk = at_risk_rows(view, facts.current, options.regions, facts.killed, options.language)
    concerns = [view.redact(c) for c in draft_concerns(facts, view, options.language)]
    return concerns, [view.redact(r) for r in draft_requests(facts, view, options.language)]


def source_line(office: str, day: dt.date, audience: str, lang: str) -> str:
    return t("source_line", lang) % (office, long_date(day, lang), V.AUDIENCE.label(audience, lang).lower())


def _editable(text: str, lang: str) -> Note:
    if text.strip():
        return Note([Run(text.strip())])
    return Note([Run("[…] ", bold=True), Run(t("editable", lang), italic=True)])


def _regions_phrase(regions: list[str], lang: str) -> str:
    """' in Cañaveral and Río Ñambú' when the briefing is limited to regions, else ''."""
    if not regions:
        return ""
    return (" en " if lang == "es" else " in ") + join_words(list(regions), lang)


def _grave_counts(frame, lang: str) -> str:
    counts = frame["kind"].value_counts()
    return join_words([kind_count(k, int(counts[k]), lang) for k in V.GRAVEST_KINDS if k in counts], lang)


def _where(row) -> str:
    return ", ".join(x for x in (row.place, row.region) if x)


def draft_concerns(facts: Facts, view: AudienceView, lang: str) -> list[str]:
    """Three to five concerns, each one sentence or two, from the figures of the period."""
    es = lang == "es"
    current, previous = facts.current, facts.previous
    n, m = len(current), len(previous)
    out = []
    if es:
        text = (f"La oficina registró {counted(n, 'incidente', 'incidentes', lang)} contra personas defensoras, "
                f"frente a {number(m, lang)} en el periodo anterior ({change_text(n, m, lang)}).")
    else:
        text = (f"The office recorded {counted(n, 'incident', 'incidents', lang)} against human rights "
                f"defenders, against {number(m, lang)} in the previous period ({change_text(n, m, lang)}).")
    now_kinds = current["kind"].value_counts() if n else {}
    before_kinds = previous["kind"].value_counts() if m else {}
    rises = sorted(((int(now_kinds.get(k, 0)) - int(before_kinds.get(k, 0)), k) for k in V.INCIDENT_KIND.codes
                    if int(now_kinds.get(k, 0)) > int(before_kinds.get(k, 0))),
                   key=lambda r: (-V.kind_gravity(r[1]), -r[0]))
    if rises:
        _diff, kind = rises[0]
        a, b = int(before_kinds.get(kind, 0)), int(now_kinds.get(kind, 0))
        label = V.INCIDENT_KIND.label(kind, lang)
        text += (f" {label}: de {number(a, lang)} a {number(b, lang)} ({change_text(b, a, lang)})." if es else
                 f" {label}: from {number(a, lang)} to {number(b, lang)} ({change_text(b, a, lang)}).")
    region_rise = sorted(((int(c) - facts.previous_regions.get(r, 0), r) for r, c in
                          current["region"].value_counts().items() if r), reverse=True) if n else []
    if region_rise and region_rise[0][0] > 0:
        diff, region = region_rise[0]
        before = facts.previous_regions.get(region, 0)
        now = before + diff
        text += (f" El mayor aumento se dio en {region}: de {number(before, lang)} a {number(now, lang)}."
                 if es else f" The largest rise was in {region}: from {number(before, lang)} to "
                            f"{number(now, lang)}.")
    out.append(text)
    grave = current[current["kind"].isin(V.GRAVEST_KINDS)] if n else current
    if len(grave):
        first = facts.gravest.iloc[0]
        victims = affected_text(first, view, lang)
        kind = V.INCIDENT_KIND.label(first.kind, lang).lower()
        if es:
            out.append(f"En el periodo hubo {_grave_counts(grave, lang)}. El más grave: {kind} del "
                       f"{long_date(first.occurred_on, lang)} en {_where(first)}"
                       + (f"; afectados: {victims}." if victims else "."))
        else:
            out.append(f"The period saw {_grave_counts(grave, lang)}. The gravest: the {kind} of "
                       f"{long_date(first.occurred_on, lang)} in {_where(first)}"
                       + (f"; affected: {victims}." if victims else "."))
    status = _authority_status(facts)
    broken = sum(s["broken"] for s in status.values())
    overdue = sum(s["overdue"] for s in status.values())
    if broken or overdue:
        worst = max(status.items(), key=lambda kv: (kv[1]["broken"] + kv[1]["overdue"], kv[0]))
        name = facts.authorities[worst[0]].name if worst[0] in facts.authorities else ""
        count = worst[1]["broken"] + worst[1]["overdue"]
        out.append(f"Compromisos de las autoridades incumplidos: {number(broken, lang)}; vencidos sin "
                   f"cumplir: {number(overdue, lang)}. {name} acumula {number(count, lang)}." if es else
                   f"Commitments the authorities broke: {number(broken, lang)}; left overdue: "
                   f"{number(overdue, lang)}. {name} accounts for {number(count, lang)} of them.")
    if len(grave):
        local = [i for i in grave["id"] if not (facts.raised_levels.get(i, set()) & _ABOVE_LOCAL)]
        if len(grave) == 1 and local:
            out.append("El único incidente de los tipos más graves no se planteó ante ninguna autoridad por "
                       "encima del nivel local." if es else
                       "The only incident of the gravest kinds was raised with no authority above the local "
                       "level.")
        elif local:
            out.append(f"{number(len(local), lang)} de los {number(len(grave), lang)} asesinatos, "
                       "desapariciones, casos de violencia sexual y tortura no se "
                       f"{plural(len(local), 'planteó', 'plantearon')} ante ninguna autoridad por encima del "
                       "nivel local." if es else
                       f"{number(len(local), lang)} of the {number(len(grave), lang)} killings, disappearances, "
                       f"cases of sexual violence and torture {plural(len(local), 'was', 'were')} raised with no "
                       "authority above the local level.")
    if facts.at_risk:
        k = len(facts.at_risk)
        out.append(f"{counted(k, 'persona u organización', 'personas y organizaciones', lang)} en riesgo alto "
                   f"o extremo {plural(k, 'sufrió', 'sufrieron')} nuevas agresiones en el periodo." if es else
                   f"{counted(k, 'person or organisation', 'people and organisations', lang)} at high or extreme "
                   f"risk {plural(k, 'was', 'were')} attacked again in the period.")
    return out[:5]


def draft_requests(facts: Facts, view: AudienceView, lang: str) -> list[str]:
    """Requests in the spirit of the EU Guidelines on Human Rights Defenders, from the record."""
    es = lang == "es"
    out = []
    if not facts.gravest.empty:
        first = facts.gravest.iloc[0]
        who = affected_text(first, view, lang)
        kind = V.INCIDENT_KIND.label(first.kind, lang).lower()
        unit = facts.authorities.get(first.perpetrator_authority_id) if first.perpetrator_authority_id else None
        above = [a.name for a in _chain_above(facts.authorities, unit)][-2:] if unit else []
        with_whom = join_words(above, lang) or ("las autoridades nacionales" if es else "the national authorities")
        out.append((f"Plantear el caso de {kind} del {long_date(first.occurred_on, lang)}"
                    + (f" ({who})" if who else "") + f" ante {with_whom}, y pedir una investigación "
                    "pronta e imparcial.") if es else
                   (f"Raise the {kind} of {long_date(first.occurred_on, lang)}" + (f" ({who})" if who else "")
                    + f" with {with_whom}, and ask for a prompt and impartial investigation."))
    current = facts.current
    if len(current) and (current["kind"] == "judicial_harassment").any():
        n = int((current["kind"] == "judicial_harassment").sum())
        if n == 1:
            out.append("Observar las audiencias del caso de hostigamiento judicial contra personas defensoras."
                       if es else "Send an observer to the hearings in the case of judicial harassment against "
                       "defenders.")
        else:
            out.append(f"Observar las audiencias de los {number(n, lang)} casos de hostigamiento judicial "
                       "contra personas defensoras." if es else
                       f"Send an observer to the hearings in the {number(n, lang)} cases of judicial harassment "
                       "against defenders.")
    if len(current):
        grave = current[current["kind"].isin(V.GRAVEST_KINDS)]
        region = (grave if len(grave) else current)["region"].value_counts()
        if len(region) and region.index[0]:
            out.append(f"Visitar {region.index[0]} y reunirse con las comunidades y personas defensoras "
                       "en riesgo." if es else
                       f"Visit {region.index[0]} and meet the communities and defenders at risk.")
    out.append("Hacer una declaración pública que reconozca la legitimidad de la labor de las personas "
               "defensoras de derechos humanos." if es else
               "Make a public statement recognising the legitimacy of the work of human rights defenders.")
    extreme = [r for r in facts.at_risk if r[0] == -V.RISK_LEVEL.rank("extreme")]
    if len(extreme) == 1:
        out.append("Tener previstos visados de emergencia para la persona u organización en riesgo extremo."
                   if es else "Stand ready to issue emergency visas for the person or organisation at extreme "
                   "risk.")
    elif extreme:
        out.append(f"Tener previstos visados de emergencia para las {number(len(extreme), lang)} personas "
                   "y organizaciones en riesgo extremo." if es else
                   f"Stand ready to issue emergency visas for the {number(len(extreme), lang)} people and "
                   "organisations at extreme risk.")
    return out[:5]


def _chain_above(authorities: dict, unit) -> list:
    out, seen = [], set()
    while unit is not None and unit.id not in seen:
        seen.add(unit.id)
        out.append(unit)
        unit = authorities.get(unit.superior_id) if unit.superior_id else None
    return out


def partial_months(period: Period) -> set[str]:
    """The first and last months of the period when it covers only part of them."""
    import calendar

    out = set()
    if period.start.day != 1:
        out.add(period.start.strftime("%Y-%m"))
    if period.end.day != calendar.monthrange(period.end.year, period.end.month)[1]:
        out.add(period.end.strftime("%Y-%m"))
    return out


def partial_note(lang: str) -> str:
    return ("* Mes incompleto: el periodo cubre solo una parte." if lang == "es"
            else "* Partial month: the period covers only part of it.")


def month_series(frame, lang: str, top: int = CHART_KINDS, period: Period | None = None):
    """Month labels and counts per kind: the gravest kinds always, then the most frequent,
    the rest together as "Other kinds". With the period, partial months are starred."""
    if frame.empty:
        return [], {}
    months = sorted(frame["month"].unique())
    partial = partial_months(period) if period is not None else set()
    counts = frame["kind"].value_counts()
    grave = [k for k in V.GRAVEST_KINDS if k in counts.index]
    others = [k for k in counts.index if k not in grave]
    main = grave + others[:max(0, top - len(grave))]
    rest = [k for k in others if k not in main]
    pivot = frame.groupby(["month", "kind"]).size().unstack(fill_value=0).reindex(months, fill_value=0)
    series = {V.INCIDENT_KIND.label(k, lang): [int(v) for v in pivot[k]] for k in main}
    if rest:
        other = "Otros tipos" if lang == "es" else "Other kinds"
        series[other] = [int(v) for v in pivot[rest].sum(axis=1)]
    return [month_label(m, lang) + ("*" if m in partial else "") for m in months], series


def chart_image(chart: "charts.Chart", caption: str, source: str, width_cm: float = 16.5) -> Image:
    w, h = chart.size_cm
    scale = min(w, width_cm) / w
    return Image(chart.png, w * scale, h * scale, caption=f"{caption}. {source}", alt=chart.alt,
                 svg=chart.svg)


def _pattern(doc, facts: Facts, regions, source: str, lang: str) -> None:
    es = lang == "es"
    current, previous = facts.current, facts.previous
    period = facts.period
    doc.add(Heading(t("pattern", lang)))
    n, m = len(current), len(previous)
    where = _regions_phrase(regions, lang)
    if es:
        text = (f"Entre el {long_date(period.start, lang)} y el {long_date(period.end, lang)} la oficina "
                f"registró {counted(n, 'incidente', 'incidentes', lang)} contra personas defensoras de derechos "
                f"humanos{where}, "
                f"frente a {number(m, lang)} en el periodo anterior de la misma duración ({change_text(n, m, lang)}).")
    else:
        text = (f"Between {long_date(period.start, lang)} and {long_date(period.end, lang)} the office "
                f"recorded {counted(n, 'incident', 'incidents', lang)} against human rights defenders{where}, "
                "against "
                f"{number(m, lang)} in the previous period of the same length ({change_text(n, m, lang)}).")
    doc.add(para(text))
    if n:
        verified = int(current["verification"].isin(["verified", "partly_verified"]).sum())
        share = round(100 * verified / n)
        doc.add(para(f"El {percent(share, lang)} de los casos están verificados total o parcialmente." if es
                     else f"{percent(share, lang)} of the cases are fully or partly verified."))
    table = comparison(current, previous, "kind", V.INCIDENT_KIND, lang)
    rows = [[row.label, number(row.current, lang), number(row.previous, lang),
             change_text(row.current, row.previous, lang)] for row in table.itertuples()]
    rows.append([t("total", lang), number(n, lang), number(m, lang), change_text(n, m, lang)])
    doc.add(Table([t("kind", lang), t("period", lang), t("previous", lang), t("change", lang)],
                  rows, widths=[4, 1.5, 1.5, 1.2], numeric=[1, 2, 3]))
    if current.empty:
        return
    months, series = month_series(current, lang, period=period)
    title = t("by_month_kind", lang)
    note = f" {partial_note(lang)}" if any(m.endswith("*") for m in months) else ""
    doc.add(chart_image(charts.stacked_by_month(months, series, title, t("month_axis", lang),
                                                t("incidents_axis", lang)), title, source + note))
    by_region = current["region"].fillna("").value_counts()
    labels = [r or "—" for r in by_region.index[:10]]
    title = t("by_region_chart", lang)
    doc.add(chart_image(charts.paired_bars(labels, [int(v) for v in by_region.values[:10]],
                                           [facts.previous_regions.get(r, 0) for r in by_region.index[:10]],
                                           (t("period", lang), t("previous", lang)), title,
                                           t("incidents_axis", lang)), title, source))
    by_type = current["perpetrator_type"].fillna("unknown").value_counts()
    labels = [V.PERPETRATOR_TYPE.label(k, lang) for k in by_type.index]
    title = t("by_perpetrator", lang)
    doc.add(chart_image(charts.horizontal_bars(labels, [int(v) for v in by_type.values], title,
                                               t("incidents_axis", lang)), title, source))


def affected_text(row, view: AudienceView, lang: str) -> str:
    out = []
    for ids, roles in ((row.affected_persons, row.affected_person_roles),
                       (row.affected_organisations, row.affected_organisation_roles)):
        for i, record_id in enumerate(ids or []):
            role = roles[i] if roles and i < len(roles) else ""
            label = view.label(record_id)
            if label:
                out.append(f"{label} ({V.AFFECTED_ROLE.label(role, lang).lower()})" if role else label)
    return "; ".join(out)


def _gravest(doc, facts: Facts, view: AudienceView, lang: str) -> None:
    es = lang == "es"
    doc.add(Heading(t("gravest", lang)))
    current = facts.current
    if current.empty:
        doc.add(para(t("none", lang)))
        return
    grave = current[current["kind"].isin(V.GRAVEST_KINDS)]
    if len(grave):
        one, shown = len(grave) == 1, len(facts.gravest)
        doc.add(para(f"En el periodo hubo {_grave_counts(grave, lang)}; "
                     f"{plural(len(grave), 'figura', 'todos figuran')} en el anexo A. "
                     f"{plural(shown, 'Este es el más grave, elegido', 'Estos son los más graves, elegidos')} "
                     "por gravedad y tipo en todo el periodo:" if es else
                     f"The period saw {_grave_counts(grave, lang)}; {'it is' if one else 'every one is'} listed "
                     f"in Annex A. {plural(shown, 'This is the gravest', 'These are the gravest')}, chosen by "
                     "severity and kind over the whole period:"))
    narratives = facts.narratives
    languages = {row.id: view.record_language(row, row.summary, narratives.get(row.id, ""))
                 for row in facts.gravest.itertuples()}
    quoted = set(languages.values())
    note = next((quoted_note(q, lang, many=True) for q in sorted(quoted) if q != lang), "")
    if note:
        doc.add(para(note, style="small"))
    for row in facts.gravest.itertuples():
        where = _where(row)
        doc.add(Heading(f"{long_date(row.occurred_on, lang)} — {V.INCIDENT_KIND.label(row.kind, lang)}"
                        + (f" — {where}" if where else ""), level=2))
        language = languages[row.id]
        doc.add(para(bold(view.free_text(row.summary, language))))
        if narratives.get(row.id):
            doc.add(para(shorten(view.free_text(narratives[row.id], language), NARRATIVE_CHARS)))
        facts_runs = []
        affected = affected_text(row, view, lang)
        if affected:
            facts_runs.append((t("affected", lang), affected))
        perpetrator = V.PERPETRATOR_TYPE.label(row.perpetrator_type or "unknown", lang)
        unit = facts.authorities.get(row.perpetrator_authority_id) if row.perpetrator_authority_id else None
        if unit is not None:
            perpetrator += f" ({unit.name})"
        facts_runs.append((t("perpetrator", lang), perpetrator))
        facts_runs.append((t("severity", lang), V.SEVERITY.label(row.severity, lang)))
        facts_runs.append((t("verification", lang), V.VERIFICATION_STATUS.label(row.verification, lang)))
        levels = facts.raised_levels.get(row.id, set())
        raised = join_words([V.AUTHORITY_LEVEL.label(lv, lang).lower() for lv in V.AUTHORITY_LEVEL.codes
                             if lv in levels], lang) or ("ninguno" if es else "none")
        facts_runs.append(("Planteado ante el nivel" if es else "Raised at level", raised))
        runs = []
        for i, (label, value) in enumerate(facts_runs):
            runs += [Run(("" if i == 0 else " · ") + label + ": ", bold=True), Run(value)]
        doc.add(para(*runs, style="small"))


def _authority_status(facts: Facts) -> dict[str, dict[str, int]]:
    """Per authority: commitments made in the period, kept, broken and overdue."""
    out: dict[str, dict[str, int]] = {}
    meeting_authority = {m.id: m.authority_id for m in facts.meetings}
    for meeting_id, commitments in facts.commitments.items():
        authority = meeting_authority.get(meeting_id)
        # Embassies and UN offices are allies the office briefs, not duty-bearers it holds to account.
        if not authority or getattr(facts.authorities.get(authority), "kind", "") in ("embassy", "un_office"):
            continue
        s = out.setdefault(authority, {"total": 0, "kept": 0, "broken": 0, "overdue": 0})
        for c in commitments:
            s["total"] += 1
            if c.status in ("kept", "partly_kept"):
                s["kept"] += 1
            elif c.status == "broken":
                s["broken"] += 1
            elif c.status == "pending" and c.due_on and c.due_on < facts.as_of:
                s["overdue"] += 1
    return out


def _chain(doc, facts: Facts, lang: str) -> None:
    es = lang == "es"
    doc.add(Heading(t("chain", lang)))
    meetings = facts.meetings
    if not meetings:
        doc.add(para(t("none", lang)))
        return
    by_level: dict[str, int] = {}
    for m in meetings:
        a = facts.authorities.get(m.authority_id)
        if a is not None:
            by_level[a.level] = by_level.get(a.level, 0) + 1
    status = _authority_status(facts)
    total = sum(s["total"] for s in status.values())
    kept = sum(s["kept"] for s in status.values())
    broken = sum(s["broken"] for s in status.values())
    overdue = sum(s["overdue"] for s in status.values())
    levels = join_words([level_count(lv, by_level[lv], lang) for lv in V.AUTHORITY_LEVEL.codes if lv in by_level],
                        lang)
    if es:
        text = (f"La oficina se reunió {counted(len(meetings), 'vez', 'veces', lang)} con autoridades ({levels}). "
                f"Obtuvo {counted(total, 'compromiso', 'compromisos', lang)}: "
                f"{counted(kept, 'cumplido', 'cumplidos', lang)} total o parcialmente, "
                f"{counted(broken, 'incumplido', 'incumplidos', lang)} y "
                f"{counted(overdue, 'vencido', 'vencidos', lang)} sin cumplir.")
    else:
        text = (f"The office met the authorities {counted(len(meetings), 'time', 'times', lang)} ({levels}). "
                f"They made {counted(total, 'commitment', 'commitments', lang)}: {number(kept, lang)} kept in "
                f"full or in part, {number(broken, lang)} broken and {number(overdue, lang)} overdue.")
    doc.add(para(text))
    grave = facts.current[facts.current["kind"].isin(V.GRAVEST_KINDS)] if len(facts.current) else facts.current
    if len(grave):
        counts = {"none": 0, "local": 0, "above": 0}
        for incident_id in grave["id"]:
            levels_raised = facts.raised_levels.get(incident_id, set())
            counts["above" if levels_raised & _ABOVE_LOCAL else "local" if levels_raised else "none"] += 1
        if len(grave) == 1:
            where = next(k for k, v in counts.items() if v)
            doc.add(para({"above": "El único incidente de los tipos más graves se planteó por encima del nivel "
                                   "local.",
                           "local": "El único incidente de los tipos más graves se planteó solo ante autoridades "
                                    "locales.",
                           "none": "El único incidente de los tipos más graves no se planteó ante ninguna "
                                   "autoridad."}[where] if es else
                          {"above": "The only incident of the gravest kinds was raised above the local level.",
                           "local": "The only incident of the gravest kinds was raised only with local "
                                    "authorities.",
                           "none": "The only incident of the gravest kinds was raised with no authority."}[where]))
        else:
            doc.add(para(f"De los {number(len(grave), lang)} incidentes de los tipos más graves, "
                         f"{number(counts['above'], lang)} se {plural(counts['above'], 'planteó', 'plantearon')} "
                         f"por encima del nivel local, {number(counts['local'], lang)} solo ante autoridades "
                         f"locales y {number(counts['none'], lang)} ante ninguna." if es else
                         f"Of the {number(len(grave), lang)} incidents of the gravest kinds, "
                         f"{number(counts['above'], lang)} {plural(counts['above'], 'was', 'were')} raised above "
                         f"the local level, {number(counts['local'], lang)} only with local authorities and "
                         f"{number(counts['none'], lang)} with none."))
    worst = sorted(((s["broken"] + s["overdue"], aid) for aid, s in status.items()
                    if s["broken"] + s["overdue"]), key=lambda r: (-r[0], facts.authorities[r[1]].name
                                                                   if r[1] in facts.authorities else ""))
    if worst:
        rows = []
        for _n, aid in worst[:AUTHORITY_ROWS]:
            a = facts.authorities.get(aid)
            s = status[aid]
            rows.append([a.name if a else "", V.AUTHORITY_LEVEL.label(a.level, lang) if a else "",
                         number(s["total"], lang), number(s["kept"], lang), number(s["broken"], lang),
                         number(s["overdue"], lang)])
        doc.add(Table([t("authority", lang), t("level", lang), t("commitments", lang), t("kept", lang),
                       t("broken", lang), t("overdue", lang)], rows, widths=[5.5, 1.8, 1.9, 1.5, 1.7, 1.5],
                      numeric=[2, 3, 4, 5], caption=t("authorities_table", lang)))
        if len(worst) > AUTHORITY_ROWS:
            more = len(worst) - AUTHORITY_ROWS
            doc.add(para(f"{number(more, lang)} {plural(more, 'autoridad', 'autoridades')} más con compromisos "
                         f"incumplidos o vencidos no {plural(more, 'se lista', 'se listan')}." if es else
                         f"{number(more, lang)} more {plural(more, 'authority', 'authorities')} with broken or "
                         f"overdue commitments {plural(more, 'is', 'are')} not listed.", style="small"))


def incident_table(frame, view: AudienceView, lang: str) -> list:
    """The incidents as a table, after a note saying that summaries are quoted as recorded
    when any of them is in the other language."""
    # The descriptions only tell each summary's language, as the record's whole text does.
    texts = descriptions(view.records, frame["id"]) if len(frame) else {}
    rows, quoted = [], set()
    for row in frame.itertuples():
        language = view.record_language(row, row.summary, texts.get(row.id, ""))
        quoted.add(language)
        rows.append([row.occurred_on.isoformat(), V.INCIDENT_KIND.label(row.kind, lang), row.region or "",
                     V.SEVERITY.label(row.severity, lang),
                     V.PERPETRATOR_TYPE.label(row.perpetrator_type or "unknown", lang),
                     view.free_text(row.summary, language)])
    note = next((quoted_note(q, lang, many=True) for q in sorted(quoted) if q != lang), "")
    table = Table([t("date", lang), t("kind", lang), t("region", lang), t("severity", lang),
                   t("perpetrator", lang), t("summary", lang)], rows,
                  widths=[1.8, 2.3, 2.0, 1.6, 2.1, 5.2])
    return [para(note, style="small"), table] if note else [table]


def at_risk_rows(view: AudienceView, current, regions, killed: set, lang: str) -> list:
    counts: dict[str, int] = {}
    for column in ("affected_persons", "affected_organisations"):
        for ids in current[column]:
            for record_id in ids or []:
                counts[record_id] = counts.get(record_id, 0) + 1
    rows = []
    kinds = {"persons": V.PERSON_KIND, "organisations": V.ORGANISATION_KIND}
    for e in [*view.persons.values(), *view.organisations.values()]:
        # At high risk and struck in this period: a briefing is about the period. The dead
        # are not "at risk": their family, witnesses and community are.
        if e.deleted_at or e.id in killed or e.risk_level not in ("high", "extreme") or not counts.get(e.id):
            continue
        if not in_regions(e.region, regions):
            continue
        rows.append((-V.RISK_LEVEL.rank(e.risk_level), -counts[e.id], fold(view.label(e.id)),
                     [view.label(e.id), kinds[e.TABLE].label(e.kind, lang), e.region,
                      V.RISK_LEVEL.label(e.risk_level, lang), number(counts[e.id], lang)], e.id))
    rows.sort(key=lambda r: r[:3])
    return rows


def _at_risk(doc, view: AudienceView, facts: Facts, regions, lang: str) -> None:
    doc.add(Heading(t("at_risk", lang)))
    rows = facts.at_risk
    if not rows:
        doc.add(para(t("none", lang)))
        return
    doc.add(para("Personas y organizaciones en riesgo alto o extremo que sufrieron incidentes en el "
                 "periodo; las personas asesinadas no figuran aquí." if lang == "es" else
                 "People and organisations at high or extreme risk who suffered incidents in the period; "
                 "people who were killed are not listed here.", style="small"))
    header = [t("who", lang), t("kind", lang), t("region", lang), t("risk", lang),
              "Incidentes" if lang == "es" else "Incidents"]
    doc.add(Table(header, [r[3] for r in rows[:AT_RISK_ROWS]], widths=[4.5, 3, 2.5, 1.5, 1.7], numeric=[4]))
    if len(rows) > AT_RISK_ROWS:
        more = len(rows) - AT_RISK_ROWS
        doc.add(para(f"Y {number(more, lang)} más en riesgo alto, de menor riesgo o con menos incidentes "
                     "que los listados." if lang == "es" else
                     f"And {number(more, lang)} more at high risk, with a lower risk or fewer incidents "
                     "than those listed.", style="small"))


def in_field(v, period: Period) -> bool:
    return ((v.arrival_on is None or v.arrival_on <= period.end)
            and (v.departure_on is None or v.departure_on >= period.start))


def volunteers_in_field(records, period: Period) -> int:
    """How many volunteers were in the field in the period: a count, so it may read dates
    (departures, for one) that the audience may not see."""
    return records.volunteers.tally(lambda v: in_field(v, period), with_links=False)


def nationals(records, period: Period, country: str) -> int:
    """Volunteers in the field with the country among their nationalities (codes, or names
    in any language)."""
    return records.volunteers.tally(
        lambda v: in_field(v, period) and country in V.nationality_codes(v.nationalities), with_links=False)


def _presence(doc, records, period: Period, country: str | None, lang: str) -> None:
    es = lang == "es"
    doc.add(Heading(t("presence", lang)))
    start = dt.datetime.combine(period.start, dt.time.min)
    end = dt.datetime.combine(period.end, dt.time.max)
    accompaniments = [a for a in records.accompaniments.list(ranges={"starts_at": (start, end)},
                                                           order_by="starts_at", with_links=False)
                      if a.status != "cancelled"]
    kinds: dict[str, int] = {}
    for a in accompaniments:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    accompanied = {a.person_id or a.organisation_id for a in accompaniments} - {None}
    volunteers = volunteers_in_field(records, period)
    if es:
        text = (f"En el periodo la oficina realizó "
                f"{counted(len(accompaniments), 'acompañamiento', 'acompañamientos', lang)} a "
                f"{counted(len(accompanied), 'persona u organización', 'personas y organizaciones', lang)}, con "
                f"{counted(volunteers, 'voluntario o voluntaria', 'voluntarios y voluntarias', lang)} en terreno.")
    else:
        text = (f"In the period the office carried out "
                f"{counted(len(accompaniments), 'accompaniment', 'accompaniments', lang)} of "
                f"{counted(len(accompanied), 'person or organisation', 'people and organisations', lang)}, with "
                f"{counted(volunteers, 'volunteer', 'volunteers', lang)} in the field.")
    if country:
        k = nationals(records, period, country)
        name = V.COUNTRY.label(country, lang)
        text += (f" De ellos, {number(k, lang)} {'es nacional' if k == 1 else 'son nacionales'} de {name}."
                 if es else f" {number(k, lang)} of them {'is a national' if k == 1 else 'are nationals'} "
                            f"of {name}.")
    doc.add(para(text))
    if kinds:
        rows = [[V.ACCOMPANIMENT_KIND.label(k, lang), number(kinds[k], lang)]
                for k in V.ACCOMPANIMENT_KIND.codes if k in kinds]
        doc.add(Table([t("kind", lang), t("count", lang)], rows, widths=[4, 1.2], numeric=[1]))


def _method(doc, period: Period, audience: str, lang: str) -> None:
    previous = period.previous()
    doc.add(Heading(t("method", lang)))
    if lang == "es":
        lines = [
            "Las cifras cuentan los incidentes que la oficina registró a partir de testimonios directos, "
            "la observación de sus voluntarios y voluntarias, organizaciones aliadas, medios de "
            "comunicación y documentos oficiales.",
            "«Verificado» significa que la oficina confirmó los hechos con al menos dos fuentes "
            "independientes o por observación directa; «parcialmente verificado», que los hechos "
            "centrales están confirmados. Los casos sin verificar se cuentan y se señalan como tales.",
            "Las agresiones contra personas defensoras se denuncian menos de lo que ocurren: estas "
            "cifras son un mínimo, no el total.",
            f"Periodo: del {long_date(period.start, lang)} al {long_date(period.end, lang)}, comparado con "
            f"el periodo anterior de la misma duración (del {long_date(previous.start, lang)} al "
            f"{long_date(previous.end, lang)}).",
            f"Destinatarios: {V.AUDIENCE.label(audience, lang).lower()}. Las personas y organizaciones que "
            "no consintieron ser nombradas ante estos destinatarios se describen sin nombrarlas."]
    else:
        lines = [
            "The figures count the incidents the office recorded from direct testimony, its volunteers' "
            "own observation, partner organisations, the media and official documents.",
            "\"Verified\" means the office confirmed the facts with at least two independent sources or by "
            "direct observation; \"partly verified\", that the core facts are confirmed. Unverified cases "
            "are counted and marked as such.",
            "Attacks on defenders are under-reported: these figures are a floor, not the whole.",
            f"Period: {long_date(period.start, lang)} to {long_date(period.end, lang)}, compared with the "
            f"previous period of the same length ({long_date(previous.start, lang)} to "
            f"{long_date(previous.end, lang)}).",
            f"Audience: {V.AUDIENCE.label(audience, lang).lower()}. People and organisations who have not "
            "consented to be named to this audience are described, not named."]
    for line in lines:
        doc.add(para(line, style="small"))


def _annexes(doc, facts: Facts, view: AudienceView, lang: str) -> None:
    current = facts.current
    if current.empty:
        return
    ranked = rank_frame(current)
    grave = ranked[ranked["gravity"] > 0]
    other = ranked[ranked["gravity"] == 0]
    if len(grave):
        shown = grave.head(ANNEX_GRAVE_ROWS)
        title = t("annex_grave", lang) % number(len(grave), lang)
        if len(shown) < len(grave):
            title = (f"Anexo A — Los {number(len(shown), lang)} más graves de los {number(len(grave), lang)} "
                     "asesinatos, desapariciones, casos de violencia sexual y tortura del periodo"
                     if lang == "es" else
                     f"Annex A — The {number(len(shown), lang)} gravest of the {number(len(grave), lang)} "
                     "killings, disappearances, cases of sexual violence and torture of the period")
        doc.add(Heading(title))
        doc.add(*incident_table(shown.sort_values("occurred_on"), view, lang))
    if len(other):
        shown = other.head(ANNEX_ROWS)
        title = (t("annex_all", lang) % number(len(other), lang) if len(shown) == len(other) else
                 t("annex_some", lang) % (number(len(shown), lang), number(len(other), lang)))
        doc.add(Heading(title))
        doc.add(*incident_table(shown.sort_values("occurred_on"), view, lang))
