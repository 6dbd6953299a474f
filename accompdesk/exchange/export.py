"""Tables for people: any record table, or a list as filtered and shown, to CSV or XLSX,
through the audience rules.

Headers are field labels, vocabularies their labels, links the names of what they point
to, all in the chosen language. A person or organisation whose consent is below the
audience is never named: their own row shows the neutral descriptor and loses contact
details and safety protocol, links to them show the descriptor, and every free text is
redacted. Only the columns whose declared audience (domain.disclosure) reaches the
export's audience are written, a plan lying ahead does not go below internal, and the
place and time of a withheld subject's accompaniment are emptied; below internal the
first row says which audience the file was made for. The finished cells are scanned
for withheld names before anything is written; one found means nothing is written. Every
text cell is made safe from formula evaluation, the file is written atomically, and the export is audited.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from typing import Callable

from ..domain.disclosure import (WithheldSummary, field_allowed, filter_record, visible_fields,
                                 withheld_fields)
from ..domain import clock
from ..domain.catalogue import label
from ..domain.language import set_language
from ..domain.fields import specs
from ..domain.records import ALL_TYPES, CSV_TYPES
from ..vault.errors import InputRejected, UsageError
from ..vault.fsutil import atomic_write
from ..vault.roles import require_export
from .cells import neutralise
from .links import NAMED_BY
from .withholding import Withholding, visible

FORMATS = ("csv", "xlsx")
# The headers of the bookkeeping columns; other languages in the labels catalogue ("column").
BOOKKEEPING = {"id": "ID", "created_at": "Created", "created_by": "Created by", "updated_at": "Last changed",
               "updated_by": "Changed by", "deleted_at": "Deleted"}
# The bookkeeping columns' widest audiences: ids lead back into the vault, authors are staff.
BOOKKEEPING_AUDIENCE = {"id": "internal", "created_at": "public", "created_by": "internal",
                        "updated_at": "public", "updated_by": "internal", "deleted_at": "public"}
_YES_NO = ("Yes", "No")
_NOUN = "rows"
_PAGE = 2000


class WithheldNameFound(InputRejected):
    """The finished table would name someone its audience may not see."""


def default_columns(table: str, audience: str) -> list[str]:
    """The columns a table for this audience holds: only those its declarations allow."""
    return (["id"] if audience == "internal" else []) + visible_fields(_type(table), audience)


def column_allowed(table: str, column: str, audience: str) -> bool:
    if column in BOOKKEEPING:
        return AUDIENCE_RANK[BOOKKEEPING_AUDIENCE[column]] >= AUDIENCE_RANK[audience]
    return field_allowed(specs(_type(table))[column], audience)


AUDIENCE_RANK = {"internal": 0, "diplomatic": 1, "public": 2}


def audience_banner(audience: str, language: str) -> str:
    """The first row of a table made for an audience below internal."""
    from ..domain.vocab import AUDIENCE

    return label("export", _BANNER, language).format(audience=AUDIENCE.label(audience, language))


_BANNER = ("Audience: {audience}. Only fields allowed for this audience; people without consent are "
           "described, not named.")


def _type(table: str):
    try:
        return CSV_TYPES[table]
    except KeyError:
        raise UsageError("exchange.export.table_one_not", items=', '.join(CSV_TYPES), table=table) from None


def header_for(table: str, column: str, language: str) -> str:
    if column in BOOKKEEPING:
        return label("column", BOOKKEEPING[column], language)
    return specs(_type(table))[column].label(language)


def export_table(vault, table: str, path: str, *, fmt: str = "csv", audience: str,
                 language: str = "en", columns: list[str] | None = None, filters: dict | None = None,
                 ranges: dict | None = None, text: str | None = None, include_deleted: bool = False,
                 order_by: str | None = None, descending: bool = False, delimiter: str = ",",
                 progress: Callable[[int, int], None] | None = None,
                 summary: WithheldSummary | None = None, now: dt.datetime | None = None) -> int:
    """Write the table (or the list as filtered) to `path`; returns the number of rows.

    `summary`, if given, is filled with what the audience rules withheld (columns left
    out, people described, plans left out) for the caller to show; `now` is the moment
    that tells plans ahead from the past (the clock's, by default)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UsageError("exchange.export.format_csv_or_xlsx", fmt=fmt)
    require_export(vault, audience)
    language = "es" if language == "es" else "en"
    record_type = _type(table)
    fields = specs(record_type)
    columns = list(columns or default_columns(table, audience))
    unknown = [c for c in columns if c not in fields and c not in BOOKKEEPING]
    if unknown:
        raise UsageError("exchange.export.has_no_column_called", table=table, column=unknown[0],
                         items=', '.join(default_columns(table, 'internal')))
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError("exchange.export.folder_does_not_exist", folder=folder)
    rules = Withholding(vault, audience, language)
    audience = rules.audience.value
    summary = summary if summary is not None else WithheldSummary(audience)
    summary.audience = audience
    # What the table never shows this audience, asked for or not.
    for column in [*columns, *withheld_fields(record_type, audience)]:
        if not column_allowed(table, column, audience):
            summary.leave_out_field(header_for(table, column, language))
    columns = [c for c in columns if column_allowed(table, c, audience)]
    now = now or clock.local_now()  # local wall time, as accompaniments are planned
    titles = _Titles(vault, rules)
    header = [header_for(table, c, language) for c in columns]
    kinds = [_kind(fields.get(c)) if c in fields else ("datetime_text" if c.endswith("_at") else "text")
             for c in columns]
    repo = vault.repo(table)
    total = repo.count(filters=filters, ranges=ranges, text=text, include_deleted=include_deleted)
    rows: list[list] = []
    written_text: list[str] = []
    offset = 0
    while True:
        batch = repo.list(filters=filters, ranges=ranges, text=text, order_by=order_by,
                          descending=descending, limit=_PAGE, offset=offset,
                          include_deleted=include_deleted)
        for record in batch:
            shown = filter_record(record, audience, withheld_ids=rules.withheld_ids, now=now)
            if shown is None:
                summary.leave_out_record(label("export", _PLANS.get(table, _NOUN), language))
                continue
            row = _row(record, shown, table, columns, fields, rules, titles, language, summary)
            rows.append(row)
            written_text.extend(v for v in row if isinstance(v, str) and v)
        offset += len(batch)
        if progress is not None:
            progress(offset, total)
        if len(batch) < _PAGE:
            break
    # The last check reads what the file will hold, every cell and the headers.
    leaks = rules.leaks("\n".join(header + written_text))
    if leaks:
        raise WithheldNameFound("exchange.export.table_was_not_written", table=table, count=len(leaks))
    summary.people |= rules.described
    banner = audience_banner(audience, language) if audience != "internal" else None
    if fmt == "xlsx":
        from .xlsx import write_xlsx

        data = write_xlsx(table, header, rows, [k if k in ("date", "datetime", "int") else "text"
                                                for k in kinds], banner=banner)
    else:
        data = _csv_bytes(header, rows, delimiter, banner)
    atomic_write(path, data)
    filtered = "yes" if (filters or ranges or text) else "no"
    vault.record_audit("export", table, detail=(
        f"format={fmt}; audience={rules.audience.value}; language={language}; rows={len(rows)}; "
        f"columns={','.join(columns)}; filtered={filtered}; file={os.path.basename(path)}"))
    return len(rows)


def _kind(spec) -> str:
    return spec.kind if spec is not None else "text"


_PLANS = {"accompaniments": "accompaniments"}
# What this module asks the labels catalogue for (see reports/labels.py).
CATALOGUE: list[tuple[str, list]] = [("column", [*BOOKKEEPING.values(), *_YES_NO]),
                                     ("export", [_BANNER, _NOUN, *_PLANS.values()])]


def _row(record, shown: dict, table, columns, fields, rules: Withholding, titles: "_Titles", language,
         summary: WithheldSummary) -> list:
    withheld_row = table in ("persons", "organisations") and record.id in rules.withheld_ids
    out = []
    for column in columns:
        value = getattr(record, column)
        spec = fields.get(column)
        if spec is None:
            out.append("" if value is None else str(value))
            continue
        kind = spec.kind
        if withheld_row and column in NAMED_BY[table][:1]:
            out.append(rules.label(record.id))
        elif column not in shown:
            if value not in (None, "", []):
                summary.blank(spec.label(language))
            out.append("")
        elif kind == "text":
            out.append(rules.text(value or "", set_language(record)))
        elif kind == "vocab":
            out.append(spec.vocab.label(value, language) if value else "")
        elif kind == "roles":
            out.append("; ".join(spec.vocab.label(v, language) for v in value or []))
        elif kind in ("link", "links") and not titles.shown(spec.target):
            # The linked records' names reach a narrower audience (volunteers on a plan).
            if value:
                summary.blank(spec.label(language))
            out.append("")
        elif kind == "link":
            out.append(titles.title(spec.target, value))
        elif kind == "links":
            out.append("; ".join(titles.title(spec.target, v) for v in value or []))
        elif kind == "bool":
            out.append(label("column", _YES_NO[0 if value else 1], language))
        elif kind in ("date", "datetime", "int"):
            out.append(value)
        else:
            out.append(rules.text("" if value is None else str(value)))
    return out


class _Titles:
    """What a link shows: a name (or descriptor) for people and organisations, the
    redacted title of anything else. Read once per target table."""

    def __init__(self, vault, rules: Withholding):
        self.vault, self.rules = vault, rules
        self._by_table: dict[str, dict[str, str]] = {}

    def shown(self, table: str) -> bool:
        """True if this audience may see the names of the table's records."""
        if table in ("persons", "organisations"):
            return True  # named or described one by one
        record_type = ALL_TYPES[table]
        return field_allowed(specs(record_type)[record_type.TITLE_FIELD], self.rules.audience.value)

    def title(self, table: str, record_id: str | None) -> str:
        if not record_id:
            return ""
        if table in ("persons", "organisations"):
            return self.rules.label(record_id)
        if table not in self._by_table:
            self._by_table[table] = {
                r.id: self.rules.text(r.title) for r in
                self.vault.repo(table).list(include_deleted=True, with_links=False, order_by="created_at")}
        return self._by_table[table].get(record_id, "")


def _csv_bytes(header: list[str], rows: list[list], delimiter: str, banner: str | None = None) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    if banner:
        writer.writerow([neutralise(banner)])
    writer.writerow([neutralise(visible(h)) for h in header])
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
    # The BOM tells Excel the file is UTF-8; without it accents arrive garbled.
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(str(value))
