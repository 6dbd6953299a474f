"""The statistics report: counts by kind, perpetrator, region, month and severity,
against the previous period, as a document and as a workbook with the same tables."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from ..domain import vocab as V
from . import charts
from .audience_view import AudienceView
from .briefing import chart_image, month_series, office_name, source_line
from .data import Period, change_text, comparison, default_period, incidents_frame
from .labels import classification, long_date, month_label, t
from .model import Document, Heading, Table, TitleBlock, para

# Cells a spreadsheet would read as a formula (or as a hidden control) start with these.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")


@dataclass
class StatsOptions:
    period: Period = field(default_factory=default_period)
    regions: list[str] = field(default_factory=list)
    audience: str = "public"
    language: str = "en"
    page_size: str = "A4"
    office: str = ""


def stats_tables(vault, options: StatsOptions) -> list[tuple[str, list[str], list[list]]]:
    """(title, header, rows) for each table; rows hold ints for the counts."""
    lang = options.language
    current = incidents_frame(vault, options.period, options.regions, with_links=False)
    previous = incidents_frame(vault, options.period.previous(), options.regions, with_links=False)
    header = [t("period", lang), t("previous", lang), t("change", lang)]
    out = []
    for key, first, column, vocabulary in (
            ("by_kind", "kind", "kind", V.INCIDENT_KIND),
            ("by_perpetrator_table", "perpetrator", "perpetrator_type", V.PERPETRATOR_TYPE),
            ("by_region", "region", "region", None),
            ("by_severity", "severity", "severity", V.SEVERITY)):
        table = comparison(current, previous, column, vocabulary, lang)
        if column == "severity":
            table = table.reindex([c for c in reversed(V.SEVERITY.codes) if c in table.index])
            table["label"] = [V.SEVERITY.label(c, lang) for c in table.index]
        rows = [[r.label, int(r.current), int(r.previous), change_text(r.current, r.previous)]
                for r in table.itertuples()]
        rows.append([t("total", lang), len(current), len(previous), change_text(len(current), len(previous))])
        out.append((t(key, lang), [t(first, lang)] + header, rows))
    months_now = current["month"].value_counts()
    months_before = previous["month"].value_counts()
    now_keys = _months(options.period)
    before_keys = _months(options.period.previous())
    rows = []
    for i, month in enumerate(now_keys):
        before = before_keys[i] if i < len(before_keys) else None
        a = int(months_now.get(month, 0))
        b = int(months_before.get(before, 0)) if before else 0
        rows.append([month_label(month, lang), a, month_label(before, lang) if before else "", b,
                     change_text(a, b)])
    out.append((t("by_month", lang), [t("month", lang), t("period", lang), t("previous", lang) + " ("
                                       + t("month", lang).lower() + ")", t("previous", lang),
                                       t("change", lang)], rows))
    return out, current


def _months(period: Period) -> list[str]:
    months, year, month = [], period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def build_stats(vault, options: StatsOptions) -> tuple[Document, AudienceView]:
    lang = options.language
    view = AudienceView(vault, options.audience, lang)
    office = office_name(vault, options.office)
    doc = Document(kind="stats", title=t("stats", lang),
                   classification=classification(view.audience.value, lang), office=office,
                   audience=view.audience.value, language=lang, page_size=options.page_size)
    period = options.period
    regions = ", ".join(options.regions) if options.regions else t("all_regions", lang)
    doc.add(TitleBlock(t("stats", lang), "", [
        (t("period", lang), f"{long_date(period.start, lang)} – {long_date(period.end, lang)}"),
        (t("previous", lang), f"{long_date(period.previous().start, lang)} – "
                              f"{long_date(period.previous().end, lang)}"),
        (t("regions", lang), regions), (t("date", lang), long_date(doc.date, lang)),
        (t("prepared_by", lang), office)]))
    tables, current = stats_tables(vault, options)
    total = tables[0][2][-1]
    doc.add(para(f"{total[1]} incidentes en el periodo, frente a {total[2]} en el periodo anterior "
                 f"({total[3]})." if lang == "es" else
                 f"{total[1]} incidents in the period, against {total[2]} in the previous period ({total[3]})."))
    if not current.empty:
        source = source_line(office, doc.date, view.audience.value, lang)
        months, series = month_series(current, lang)
        title = t("by_month_kind", lang)
        doc.add(chart_image(charts.stacked_by_month(months, series, title, t("month_axis", lang),
                                                    t("incidents_axis", lang)), title, source))
    for title, header, rows in tables:
        doc.add(Heading(title))
        numeric = [i for i in range(1, len(header))]
        doc.add(Table(header, [[str(v) for v in row] for row in rows],
                      widths=[4] + [1.4] * (len(header) - 1), numeric=numeric))
    return doc, view


def stats_xlsx(vault, options: StatsOptions, redact) -> bytes:
    """The same tables as a workbook, one sheet each; text cells cannot become formulas."""
    from openpyxl import Workbook

    tables, _current = stats_tables(vault, options)
    book = Workbook()
    book.remove(book.active)
    for title, header, rows in tables:
        sheet = book.create_sheet(_sheet_name(title))
        sheet.append([_safe_cell(redact(h)) for h in header])
        for row in rows:
            sheet.append([v if isinstance(v, int) else _safe_cell(redact(str(v))) for v in row])
        sheet.column_dimensions["A"].width = 32
    office = office_name(vault, options.office)
    book.properties.creator = office
    book.properties.lastModifiedBy = office
    book.properties.title = t("stats", options.language)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_name(title: str) -> str:
    for ch in "[]:*?/\\":
        title = title.replace(ch, " ")
    return title[:31]


def _safe_cell(text: str) -> str:
    from .textsafe import clean

    text = clean(text)
    return "'" + text if text.startswith(_FORMULA_START) else text
