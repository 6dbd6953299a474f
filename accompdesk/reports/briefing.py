"""The embassy briefing: the period in numbers, the worst cases, the authorities' answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..domain import vocab as V
from ..domain.audience import fold
from . import charts
from .audience_view import AudienceView
from .data import (Period, change_text, comparison, default_period, in_regions, incidents_frame,
                   kind_frame)
from .labels import classification, long_date, month_label, number, t
from .model import (Document, Heading, Image, Note, PageBreak, Run, Table, TitleBlock, bold,
                    para)
from .textsafe import shorten
from ..domain import clock

SEVERE_COUNT = 5
NARRATIVE_CHARS = 1200
# A briefing is read by a diplomat in minutes: long lists are cut to their most serious
# rows, and the note says how many more the statistics report holds.
ANNEX_ROWS = 150
AT_RISK_ROWS = 40
MEETING_ROWS = 60
CHART_KINDS = 5


@dataclass
class BriefingOptions:
    recipient: str = ""
    period: Period = field(default_factory=default_period)
    regions: list[str] = field(default_factory=list)
    audience: str = "diplomatic"
    language: str = "en"
    page_size: str = "A4"
    office: str = ""
    nationality: str = ""  # of the recipient's nationals among our volunteers
    context: str = ""  # editable free texts; empty gives a placeholder for staff
    requests: str = ""


def office_name(vault, given: str = "") -> str:
    """The only name besides AccompDesk that a document's metadata carry."""
    from ..vault import settings

    return (given.strip() or settings.load(vault).office_name.strip() or "AccompDesk")


def build_briefing(vault, options: BriefingOptions) -> tuple[Document, AudienceView]:
    lang = options.language
    view = AudienceView(vault, options.audience, lang)
    period = options.period
    current = incidents_frame(vault, period, options.regions)
    previous = kind_frame(vault, period.previous(), options.regions, set(current["region"]))
    office = office_name(vault, options.office)
    recipient = options.recipient.strip()

    doc = Document(kind="briefing", title=t("briefing", lang),
                   classification=classification(view.audience.value, lang, recipient),
                   office=office, audience=view.audience.value, language=lang,
                   page_size=options.page_size)
    regions = ", ".join(options.regions) if options.regions else t("all_regions", lang)
    facts = []
    if recipient:
        facts.append((t("prepared_for", lang), recipient))
    facts += [(t("period", lang), f"{long_date(period.start, lang)} – {long_date(period.end, lang)}"),
              (t("regions", lang), regions),
              (t("date", lang), long_date(doc.date, lang)),
              (t("prepared_by", lang), office)]
    doc.add(TitleBlock(t("briefing", lang), recipient, facts))

    _summary(doc, current, previous, period, regions, lang)
    _charts(doc, current, lang)
    doc.add(Heading(t("context", lang)))
    doc.add(_editable(options.context, lang))
    _severe(doc, current, view, vault, lang)
    _at_risk(doc, vault, view, current, options.regions, lang)
    _meetings(doc, vault, period, options.regions, lang)
    _presence(doc, vault, period, recipient, options.nationality, options.regions, lang)
    doc.add(Heading(t("requests", lang)))
    doc.add(_editable(options.requests, lang))
    doc.add(PageBreak(), Heading(t("all_incidents", lang)))
    if current.empty:
        doc.add(para(t("none", lang)))
    else:
        shown = current.sort_values(["severity_rank", "occurred_on"], ascending=[False, False]).head(ANNEX_ROWS)
        doc.add(incident_table(shown.sort_values("occurred_on"), view, lang))
        _more(doc, len(current) - len(shown), lang)
    return doc, view


def _editable(text: str, lang: str) -> Note:
    if text.strip():
        return Note([Run(text)])
    return Note([Run("[…] ", bold=True), Run(t("editable", lang), italic=True)])


def _summary(doc, current, previous, period: Period, regions: str, lang: str) -> None:
    es = lang == "es"
    n, m = len(current), len(previous)
    trend = change_text(n, m)
    nn, mm = number(n, lang), number(m, lang)
    doc.add(Heading(t("summary", lang)))
    if es:
        text = (f"Entre el {long_date(period.start, lang)} y el {long_date(period.end, lang)} la oficina "
                f"registró {nn} incidentes contra personas defensoras de derechos humanos ({regions}), "
                f"frente a {mm} en el periodo anterior de la misma duración ({trend}).")
    else:
        text = (f"Between {long_date(period.start, lang)} and {long_date(period.end, lang)} the office "
                f"recorded {nn} incidents against human rights defenders ({regions}), against {mm} in "
                f"the previous period of the same length ({trend}).")
    doc.add(para(text))
    grave = current[current["kind"].isin(["killing", "disappearance", "attack", "torture",
                                          "sexual_violence"])]
    if len(grave):
        parts = [f"{number(count, lang)} × {V.INCIDENT_KIND.label(kind, lang).lower()}"
                 for kind, count in grave["kind"].value_counts().items()]
        lead = "Entre ellos: " if es else "Among them: "
        doc.add(para(bold(lead), "; ".join(parts) + "."))
    if n:
        unverified = int((current["verification"] == "unverified").sum())
        share = round(100 * (n - unverified) / n)
        doc.add(para(f"{share}% de los casos están verificados total o parcialmente." if es
                     else f"{share}% of the cases are fully or partly verified."))
    table = comparison(current, previous, "kind", V.INCIDENT_KIND, lang)
    rows = [[row.label, number(row.current, lang), number(row.previous, lang),
             change_text(row.current, row.previous)] for row in table.itertuples()]
    rows.append([t("total", lang), nn, mm, trend])
    doc.add(Table([t("kind", lang), t("period", lang), t("previous", lang), t("change", lang)],
                  rows, widths=[4, 1.5, 1.5, 1.2], numeric=[1, 2, 3]))


def month_series(frame, lang: str, top: int = CHART_KINDS):
    """Month labels and counts per kind (the most frequent kinds, the rest together)."""
    if frame.empty:
        return [], {}
    months = sorted(frame["month"].unique())
    kinds = list(frame["kind"].value_counts().index)
    main, rest = kinds[:top], kinds[top:]
    pivot = frame.groupby(["month", "kind"]).size().unstack(fill_value=0).reindex(months, fill_value=0)
    series = {V.INCIDENT_KIND.label(k, lang): [int(v) for v in pivot[k]] for k in main}
    if rest:
        other = "Otros tipos" if lang == "es" else "Other kinds"
        series[other] = [int(v) for v in pivot[rest].sum(axis=1)]
    return [month_label(m, lang) for m in months], series


def _charts(doc, current, lang: str) -> None:
    if current.empty:
        return
    months, series = month_series(current, lang)
    png = charts.stacked_by_month(months, series, t("by_month_kind", lang))
    w, h = charts.png_size_cm(png)
    doc.add(Image(png, min(w, 16.5), h * min(w, 16.5) / w, caption=t("by_month_kind", lang),
                  alt=t("by_month_kind", lang)))
    by_type = current["perpetrator_type"].fillna("unknown").value_counts()
    labels = [V.PERPETRATOR_TYPE.label(k, lang) for k in by_type.index]
    png = charts.horizontal_bars(labels, [int(v) for v in by_type.values], t("by_perpetrator", lang))
    w, h = charts.png_size_cm(png)
    doc.add(Image(png, min(w, 16.5), h * min(w, 16.5) / w, caption=t("by_perpetrator", lang),
                  alt=t("by_perpetrator", lang)))


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


def _severe(doc, current, view: AudienceView, vault, lang: str) -> None:
    doc.add(Heading(t("most_severe", lang)))
    if current.empty:
        doc.add(para(t("none", lang)))
        return
    worst = current.sort_values(["severity_rank", "occurred_on"], ascending=[False, False]).head(SEVERE_COUNT)
    units = _authority_names(vault)
    for row in worst.itertuples():
        where = ", ".join(x for x in (row.place, row.region) if x)
        doc.add(Heading(f"{long_date(row.occurred_on, lang)} — {V.INCIDENT_KIND.label(row.kind, lang)}"
                        + (f" — {where}" if where else ""), level=2))
        doc.add(para(bold(row.summary)))
        if row.description:
            doc.add(para(shorten(row.description, NARRATIVE_CHARS)))
        facts = []
        affected = affected_text(row, view, lang)
        if affected:
            facts.append((t("affected", lang), affected))
        perpetrator = V.PERPETRATOR_TYPE.label(row.perpetrator_type or "unknown", lang)
        if row.perpetrator_authority_id and row.perpetrator_authority_id in units:
            perpetrator += f" ({units[row.perpetrator_authority_id]})"
        facts.append((t("perpetrator", lang), perpetrator))
        facts.append((t("severity", lang), V.SEVERITY.label(row.severity, lang)))
        facts.append((t("verification", lang), V.VERIFICATION_STATUS.label(row.verification, lang)))
        runs = []
        for i, (label, value) in enumerate(facts):
            runs += [Run(("" if i == 0 else " · ") + label + ": ", bold=True), Run(value)]
        doc.add(para(*runs, style="small"))


def _authority_names(vault) -> dict[str, str]:
    return {a.id: a.name for a in vault.authorities.list(include_deleted=True, with_links=False)}


def incident_table(frame, view: AudienceView, lang: str) -> Table:
    rows = [[row.occurred_on.isoformat(), V.INCIDENT_KIND.label(row.kind, lang), row.region or "",
             V.SEVERITY.label(row.severity, lang),
             V.PERPETRATOR_TYPE.label(row.perpetrator_type or "unknown", lang), row.summary]
            for row in frame.itertuples()]
    return Table([t("date", lang), t("kind", lang), t("region", lang), t("severity", lang),
                  t("perpetrator", lang), t("summary", lang)], rows,
                 widths=[1.7, 2.1, 2.0, 1.3, 2.0, 5.6])


def _at_risk(doc, vault, view: AudienceView, current, regions, lang: str) -> None:
    doc.add(Heading(t("at_risk", lang)))
    counts: dict[str, int] = {}
    for column in ("affected_persons", "affected_organisations"):
        for ids in current[column]:
            for record_id in ids or []:
                counts[record_id] = counts.get(record_id, 0) + 1
    rows = []
    entities = [*view.persons.values(), *view.organisations.values()]
    kinds = {"persons": V.PERSON_KIND, "organisations": V.ORGANISATION_KIND}
    for e in entities:
        # At high risk and struck in this period: a briefing is about the period, and an
        # office's whole list of people at risk would bury the ones it is about.
        if e.deleted_at or e.risk_level not in ("high", "extreme") or not counts.get(e.id):
            continue
        if not in_regions(e.region, regions):
            continue
        rows.append((-V.RISK_LEVEL.rank(e.risk_level), -counts.get(e.id, 0), fold(view.label(e.id)),
                     [view.label(e.id), kinds[e.TABLE].label(e.kind, lang), e.region,
                      V.RISK_LEVEL.label(e.risk_level, lang), str(counts.get(e.id, 0))]))
    rows.sort(key=lambda r: r[:3])
    if not rows:
        doc.add(para(t("none", lang)))
        return
    header = [t("who", lang), t("kind", lang), t("region", lang), t("risk", lang),
              "Incidentes" if lang == "es" else "Incidents"]
    doc.add(Table(header, [r[3] for r in rows[:AT_RISK_ROWS]], widths=[4.5, 3, 2.5, 1.5, 1.5], numeric=[4]))
    _more(doc, len(rows) - AT_RISK_ROWS, lang)


def _meetings(doc, vault, period: Period, regions, lang: str) -> None:
    es = lang == "es"
    doc.add(Heading(t("meetings", lang)))
    meetings = vault.meetings.list(ranges={"held_on": (period.start, period.end)}, order_by="held_on",
                                   with_links=False)
    authorities = {a.id: a for a in vault.authorities.list(include_deleted=True, with_links=False)}
    if regions:
        meetings = [m for m in meetings if m.authority_id in authorities and (
            authorities[m.authority_id].level in ("national", "international")
            or in_regions(authorities[m.authority_id].territory, regions))]
    if not meetings:
        doc.add(para(t("none", lang)))
        return
    by_meeting: dict[str, list] = {}
    ids = [m.id for m in meetings]
    for start in range(0, len(ids), 500):
        for c in vault.commitments.list(filters={"meeting_id": ids[start:start + 500]},
                                        order_by="due_on", with_links=False):
            by_meeting.setdefault(c.meeting_id, []).append(c)
    levels = sorted({authorities[m.authority_id].level for m in meetings if m.authority_id in authorities},
                    key=V.AUTHORITY_LEVEL.rank)
    commitments = [c for cs in by_meeting.values() for c in cs]
    status_counts = {s: sum(1 for c in commitments if c.status == s) for s in V.COMMITMENT_STATUS.codes}
    today = clock.today()
    overdue = sum(1 for c in commitments if c.status == "pending" and c.due_on and c.due_on < today)
    level_words = ", ".join(V.AUTHORITY_LEVEL.label(lv, lang).lower() for lv in levels)
    status_words = ", ".join(f"{n} {V.COMMITMENT_STATUS.label(s, lang).lower()}"
                             for s, n in status_counts.items() if n)
    if es:
        text = (f"{len(meetings)} reuniones con autoridades de nivel {level_words}; "
                f"{len(commitments)} compromisos" + (f": {status_words}" if status_words else "")
                + (f" ({overdue} vencidos)" if overdue else "") + ".")
    else:
        text = (f"{len(meetings)} meetings with authorities at the {level_words} level; "
                f"{len(commitments)} commitments" + (f": {status_words}" if status_words else "")
                + (f" ({overdue} overdue)" if overdue else "") + ".")
    doc.add(para(text))
    rows = []
    # The latest meetings first: what the recipient can still act on.
    shown_meetings = sorted(meetings, key=lambda m: m.held_on, reverse=True)[:MEETING_ROWS]
    for m in shown_meetings:
        authority = authorities.get(m.authority_id)
        who = (f"{authority.name} ({V.AUTHORITY_LEVEL.label(authority.level, lang).lower()})"
               if authority else "")
        for c in by_meeting.get(m.id, []) or [None]:
            rows.append([m.held_on.isoformat(), who, c.text if c else "—",
                         c.due_on.isoformat() if c and c.due_on else "",
                         V.COMMITMENT_STATUS.label(c.status, lang) if c else ""])
    doc.add(Table([t("date", lang), t("authority", lang), t("commitment", lang), t("due", lang),
                   t("status", lang)], rows, widths=[1.7, 3.6, 6, 1.7, 1.8]))
    if len(meetings) > len(shown_meetings):
        more = len(meetings) - len(shown_meetings)
        doc.add(para(f"{more:,} reuniones anteriores del periodo no se listan aquí." if es else
                     f"{more:,} earlier meetings of the period are not listed here.", style="small"))


def _more(doc, hidden: int, lang: str) -> None:
    if hidden > 0:
        doc.add(para(f"Y {hidden:,} más en el periodo, contados arriba; el informe estadístico los detalla."
                     if lang == "es" else
                     f"And {hidden:,} more in the period, counted above; the statistics report lists them.",
                     style="small"))


def recipient_nation(recipient: str) -> str:
    """'Embassy of Norway' → 'Norway'; 'Embajada de Noruega' → 'Noruega'."""
    for marker in (" of the ", " of ", " de la ", " del ", " de "):
        if marker in recipient:
            return recipient.rsplit(marker, 1)[1].strip()
    return ""


def _presence(doc, vault, period: Period, recipient: str, nationality: str, regions, lang: str) -> None:
    es = lang == "es"
    doc.add(Heading(t("presence", lang)))
    start = dt.datetime.combine(period.start, dt.time.min)
    end = dt.datetime.combine(period.end, dt.time.max)
    accompaniments = [a for a in vault.accompaniments.list(ranges={"starts_at": (start, end)},
                                                           order_by="starts_at", with_links=False)
                      if a.status != "cancelled"]
    kinds: dict[str, int] = {}
    for a in accompaniments:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    accompanied = {a.person_id or a.organisation_id for a in accompaniments} - {None}
    volunteers = [v for v in vault.volunteers.list(with_links=False)
                  if (v.arrival_on is None or v.arrival_on <= period.end)
                  and (v.departure_on is None or v.departure_on >= period.start)]
    nation = (nationality or recipient_nation(recipient)).strip()
    nationals = 0
    if nation:
        wanted = fold(nation)
        for v in volunteers:
            parts = [fold(p) for p in v.nationalities.replace(",", ";").split(";") if p.strip()]
            if any(wanted == p or wanted in p or p in wanted for p in parts):
                nationals += 1
    if es:
        text = (f"En el periodo la oficina realizó {len(accompaniments)} acompañamientos a "
                f"{len(accompanied)} personas y organizaciones, con {len(volunteers)} voluntarios y "
                f"voluntarias en terreno.")
        if nation:
            text += f" De ellos, {nationals} tienen la nacionalidad de {nation}."
    else:
        text = (f"In the period the office carried out {len(accompaniments)} accompaniments of "
                f"{len(accompanied)} people and organisations, with {len(volunteers)} volunteers in "
                f"the field.")
        if nation:
            text += f" {nationals} of them are nationals of {nation}."
    doc.add(para(text))
    if kinds:
        rows = [[V.ACCOMPANIMENT_KIND.label(k, lang), str(kinds[k])]
                for k in V.ACCOMPANIMENT_KIND.codes if k in kinds]
        doc.add(Table([t("kind", lang), t("count", lang)], rows, widths=[4, 1.2], numeric=[1]))
