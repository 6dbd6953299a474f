"""The statistics report: counts by kind, perpetrator, region, month and severity,
against the previous period, as a document and as a workbook with the same tables."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from ..domain import clock
from ..domain import vocab as V
from . import charts, fonts
from .audience_view import AudienceView
from .briefing import chart_image, month_series, office_name, partial_months, partial_note, source_line
from .data import Period, change_text, comparison, default_period, incidents_frame
from .labels import classification, counted, long_date, month_label, number, t
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


def change_ratio(now: int, before: int) -> float | None:
    """+0.25 for a rise of a quarter; None where there was nothing before to compare with."""
    return None if before == 0 else (now - before) / before


def stats_tables(vault, options: StatsOptions, raw: bool = False, records=None):
    """(title, header, rows) for each table, and the incidents of the period; rows hold ints
    for the counts. `raw`: changes as ratios and months as dates, for a spreadsheet.
    Incidents are read through the field declarations for the audience (`records`, an
    AudienceView's, or one made here)."""
    from .disclosed import for_audience

    lang = options.language
    change = ((lambda now, before: change_ratio(int(now), int(before))) if raw else
              (lambda now, before: change_text(now, before, lang)))
    records = records if records is not None else for_audience(vault, options.audience)
    current = incidents_frame(records, options.period, options.regions, with_links=False)
    previous = incidents_frame(records, options.period.previous(), options.regions, with_links=False)
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
        rows = [[r.label, int(r.current), int(r.previous), change(r.current, r.previous)]
                for r in table.itertuples()]
        rows.append([t("total", lang), len(current), len(previous), change(len(current), len(previous))])
        out.append((t(key, lang), [t(first, lang)] + header, rows))
    months_now = current["month"].value_counts()
    months_before = previous["month"].value_counts()
    now_keys = _months(options.period)
    before_keys = _months(options.period.previous())
    partial = partial_months(options.period) | partial_months(options.period.previous())
    rows = []
    for i, month in enumerate(now_keys):
        before = before_keys[i] if i < len(before_keys) else None
        a = int(months_now.get(month, 0))
        b = int(months_before.get(before, 0)) if before else 0
        # A month the period covers only in part counts fewer days than the one it is set
        # against: its change would read as a rise or a fall that did not happen.
        cut = month in partial or before in partial
        if raw:
            rows.append([_first_day(month), a, _first_day(before) if before else None, b,
                         None if cut else change(a, b)])
        else:
            rows.append([_month_cell(month, partial, lang), a,
                         _month_cell(before, partial, lang) if before else "", b,
                         "—" if cut else change(a, b)])
    out.append((t("by_month", lang), [t("month", lang), t("period", lang), t("previous", lang) + " ("
                                       + t("month", lang).lower() + ")", t("previous", lang),
                                       t("change", lang)], rows))
    return out, current


def _month_cell(month: str, partial: set[str], lang: str) -> str:
    """'Dec 2025', starred as in the chart when the period covers only part of it."""
    return month_label(month, lang) + ("*" if month in partial else "")


def month_note(options: StatsOptions) -> str:
    """What the by-month table says under it when a month in it is partial; '' otherwise."""
    if not (partial_months(options.period) | partial_months(options.period.previous())):
        return ""
    return f"{partial_note(options.language)} {t('partial_change', options.language)}"


def _first_day(month: str):
    import datetime as dt

    year, m = month.split("-")
    return dt.date(int(year), int(m), 1)


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
    tables, current = stats_tables(vault, options, records=view.records)
    total = tables[0][2][-1]
    doc.add(para(f"{counted(total[1], 'incidente', 'incidentes', lang)} en el periodo, frente a "
                 f"{number(total[2], lang)} en el periodo anterior ({total[3]})." if lang == "es" else
                 f"{counted(total[1], 'incident', 'incidents', lang)} in the period, against "
                 f"{number(total[2], lang)} in the previous period ({total[3]})."))
    if not current.empty:
        source = source_line(office, doc.date, view.audience.value, lang)
        months, series = month_series(current, lang, period=period)
        title = t("by_month_kind", lang)
        note = f" {partial_note(lang)}" if any(m.endswith("*") for m in months) else ""
        doc.add(chart_image(charts.stacked_by_month(months, series, title, t("month_axis", lang),
                                                    t("incidents_axis", lang)), title, source + note))
    for title, header, rows in tables:
        doc.add(Heading(title))
        numeric = [i for i in range(1, len(header))]
        doc.add(Table(header, [[number(v, lang) if isinstance(v, int) else str(v) for v in row] for row in rows],
                      widths=[4] + [1.4] * (len(header) - 1), numeric=numeric))
        if title == t("by_month", lang) and month_note(options):
            doc.add(para(month_note(options), style="small"))
    return fonts.mark_unprintable(doc), view


def stats_xlsx(vault, options: StatsOptions, redact) -> bytes:
    """The same tables as a workbook, one sheet each, with a chart of its own.

    Counts and changes are numbers with number formats, months are dates; above each
    table its title, period, source and audience; the header row is bold and frozen.
    Text cells cannot become formulas."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Border, Font, PatternFill, Side

    lang = options.language
    tables, _current = stats_tables(vault, options, raw=True)
    office = office_name(vault, options.office)
    period, previous = options.period, options.period.previous()
    today = clock.today()
    book = Workbook()
    book.remove(book.active)
    heading = [t("stats", lang),
               f"{t('period', lang)}: {long_date(period.start, lang)} – {long_date(period.end, lang)} "
               f"({t('previous', lang).lower()}: {long_date(previous.start, lang)} – "
               f"{long_date(previous.end, lang)})",
               source_line(office, today, options.audience, lang),
               f"{t('audience', lang)}: {V.AUDIENCE.label(options.audience, lang)}"]
    if options.regions:
        heading.append(f"{t('regions', lang)}: {', '.join(options.regions)}")
    for title, header, rows in tables:
        sheet = book.create_sheet(_sheet_name(title))
        sheet.append([_safe_cell(redact(f"{title} — {heading[0]}"))])
        sheet["A1"].font = Font(bold=True, size=13)
        monthly = len(header) == 5
        # The month sheet says, above its table, why a partial month has no change.
        for line in heading[1:] + ([month_note(options)] if monthly and month_note(options) else []):
            sheet.append([_safe_cell(redact(line))])
        sheet.append([])
        sheet.append([_safe_cell(redact(h)) for h in header])
        header_row = sheet.max_row
        line = Side(style="thin", color="000000")
        for cell in sheet[header_row]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
            cell.border = Border(bottom=line)
        for row in rows:
            sheet.append([v if isinstance(v, (int, float, dt.date)) or v is None
                          else _safe_cell(redact(str(v))) for v in row])
            for cell, value in zip(sheet[sheet.max_row], row):
                if isinstance(value, dt.date):
                    cell.number_format = "mmm yyyy"
                elif isinstance(value, float) or (value is None and cell.column == len(header)):
                    cell.number_format = "+0%;-0%;0%"
                elif isinstance(value, int):
                    cell.number_format = "#,##0"
        last = sheet.max_row
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
        sheet.column_dimensions["A"].width = 34
        for column in "BCDEF"[:len(header) - 1]:
            sheet.column_dimensions[column].width = 16
        # One chart per table: this period against the previous one (the total row left out).
        data_last = last if monthly else last - 1
        if data_last > header_row:
            chart = BarChart()
            chart.type = "col" if monthly else "bar"
            chart.title = title
            chart.y_axis.title = t("incidents_axis", lang)
            chart.x_axis.title = t("month", lang) if monthly else header[0]
            for column in ((2, 4) if monthly else (2, 3)):
                chart.add_data(Reference(sheet, min_col=column, min_row=header_row, max_row=data_last),
                               titles_from_data=True)
            chart.set_categories(Reference(sheet, min_col=1, min_row=header_row + 1, max_row=data_last))
            if monthly:
                chart.x_axis.number_format = "mmm yyyy"
            chart.height, chart.width = 9, 18
            sheet.add_chart(chart, sheet.cell(row=header_row, column=len(header) + 2).coordinate)
    book.properties.creator = office
    book.properties.lastModifiedBy = office
    book.properties.title = t("stats", lang)
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
