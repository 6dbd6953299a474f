"""Canonical CSV: one file per table, headers are the field names, links are record ids.

This is the machine format (backups between offices, scripts, round trips): an `id`
column with the record's UUID, every declared field as text, lists of linked ids
joined by ';'. Import is all-or-nothing: every row is read and checked first, and
only a file without a single problem is written, in one transaction.

Exported cells that a spreadsheet could evaluate carry a leading apostrophe (see
`cells`). `import_csv` here reads cells literally; the command line imports through
`importer`, which reads canonical files too and removes that apostrophe again, so
export and import round-trip exactly.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from ..domain.codec import FieldValueError, check_uuid, from_text, to_text
from ..domain.fields import specs
from ..domain.messages import Message
from ..domain.records import CSV_TYPES, Record
from ..domain.validation import clean, problems
from ..vault.errors import InputRejected, UsageError
from .cells import neutralise

MAX_ROWS = 1_000_000


def header(table: str) -> list[str]:
    return ["id"] + list(specs(_type(table)))


def _type(table: str) -> type[Record]:
    try:
        return CSV_TYPES[table]
    except KeyError:
        raise UsageError("exchange.canonical.table_one_not", items=', '.join(CSV_TYPES), table=table) from None


# -- export ----------------------------------------------------------------------------

def export_rows(vault, table: str, *, include_deleted: bool = False):
    """Header, then one row of text per record, in a stable order."""
    record_type = _type(table)
    fields = specs(record_type)
    yield header(table)
    repo = vault.repo(table)
    offset, page = 0, 2000
    while True:
        batch = repo.list(order_by="created_at", limit=page, offset=offset, include_deleted=include_deleted)
        for record in batch:
            yield [record.id] + [to_text(spec, getattr(record, name)) for name, spec in fields.items()]
        if len(batch) < page:
            break
        offset += page


def export_csv(vault, table: str, out, *, include_deleted: bool = False) -> int:
    """Write the table to a text stream; returns the number of records written."""
    writer = csv.writer(out, lineterminator="\r\n")
    count = -1
    for row in export_rows(vault, table, include_deleted=include_deleted):
        writer.writerow([neutralise(cell) for cell in row])
        count += 1
    return count


def export_xlsx(vault, table: str, *, include_deleted: bool = False) -> tuple[bytes, int]:
    """The same cells as a workbook (every cell text); returns (bytes, records written)."""
    from .xlsx import write_xlsx

    rows = export_rows(vault, table, include_deleted=include_deleted)
    head = next(rows)
    body = list(rows)
    return write_xlsx(table, head, body), len(body)


# -- import ----------------------------------------------------------------------------

@dataclass
class ImportResult:
    table: str
    created: int
    updated: int
    report: list[tuple[int, str, str]]  # (row, field, message); row 1 is the header


def read_csv(data: bytes | str) -> list[dict[str, str]] | tuple[list[str], list[list[str]]]:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputRejected("exchange.canonical.file_not_utf_8") from None
    try:
        rows = list(csv.reader(io.StringIO(data, newline="")))
    except csv.Error as exc:
        raise InputRejected("exchange.canonical.file_not_readable_as", exc=exc) from None
    if not rows:
        raise InputRejected("exchange.canonical.file_empty")
    return rows[0], rows[1:]


def parse(vault, table: str, data: bytes | str) -> tuple[list[Record], list[int], list[tuple[int, str, str]], int]:
    """Records read from the file, the row each came from, every problem found, and
    how many of the records already exist in the vault."""
    record_type = _type(table)
    fields = specs(record_type)
    repo = vault.repo(table)
    head, body = read_csv(data)
    head = [h.strip() for h in head]
    report: list[tuple[int, str, str]] = []
    unknown = [h for h in head if h and h != "id" and h not in fields]
    if unknown:
        report.append((1, unknown[0], Message("exchange.canonical.not_a_field", table=table,
                                              fields=", ".join(header(table)))))
    duplicates = {h for h in head if head.count(h) > 1 and h}
    if duplicates:
        report.append((1, sorted(duplicates)[0], Message("exchange.canonical.twice_in_header")))
    # A required field with a default (most vocabularies) may be left out of a file.
    required = [n for n, s in fields.items()
                if s.required and record_type.__dataclass_fields__[n].default in (None, "")]
    if report:
        raise InputRejected("exchange.canonical.header_file_not_right", report, table=table)
    if len(body) > MAX_ROWS:
        raise InputRejected("exchange.canonical.file_has_more_than", limit=MAX_ROWS)

    file_ids = {cell.strip().lower() for row in body for cell in row[head.index("id"):head.index("id") + 1]
                } if "id" in head else set()
    known: dict[str, set[str]] = {}
    present = set(repo.ids(include_deleted=True)) if file_ids else set()
    records: list[Record] = []
    lines: list[int] = []
    seen_ids: dict[str, int] = {}
    existing = 0
    for index, row in enumerate(body):
        line = index + 2
        if not any(cell.strip() for cell in row):
            continue  # blank rows are skipped, as spreadsheets leave them
        if len(row) > len(head):
            beyond = next((i for i in range(len(head), len(row)) if row[i].strip()), len(head))
            report.append((line, f"#{beyond + 1}", Message("exchange.importer.has_cells_but_header",
                                                           count=len(row), width=len(head))))
            continue
        cells = dict(zip(head, row + [""] * (len(head) - len(row))))
        record_id = cells.get("id", "").strip()
        row_problems: list[tuple[str, str]] = []
        if record_id:
            try:
                record_id = check_uuid(record_id)
            except FieldValueError as exc:
                row_problems.append(("id", exc.message))
        if record_id and record_id in seen_ids:
            row_problems.append(("id", Message("exchange.importer.same_as_row", row=seen_ids[record_id])))
        base = None
        if record_id and not row_problems and record_id in present:
            base = repo.get(record_id, include_deleted=True)
            existing += 1
        else:
            missing = [n for n in required if n not in cells]
            for name in missing:
                row_problems.append((name, Message("exchange.canonical.required_no_column")))
        record = base if base is not None else record_type()
        for name, spec in fields.items():
            if name not in cells:
                continue
            try:
                value = from_text(spec, cells[name])
            except FieldValueError as exc:
                row_problems.append((name, exc.message))
                continue
            if spec.kind == "vocab" and value is None:
                value = record_type.__dataclass_fields__[name].default
            setattr(record, name, value)
        if record_id:
            record.id = record_id
            seen_ids[record_id] = line
        if not row_problems:
            clean(record)
            label_to_name = {s.label_en: n for n, s in fields.items()}
            for problem in problems(record):
                row_problems.append((label_to_name.get(problem.field, problem.field), problem.message))
        if not row_problems:
            row_problems.extend(_missing_links(vault, table, record, fields, file_ids, known))
        report.extend((line, f, m) for f, m in row_problems)
        records.append(record)
        lines.append(line)
    return records, lines, report, existing


def _missing_links(vault, table, record, fields, file_ids, known) -> list[tuple[str, str]]:
    out = []
    for name, spec in fields.items():
        if spec.kind not in ("link", "links"):
            continue
        value = getattr(record, name)
        for target in ([value] if spec.kind == "link" else value):
            if not target:
                continue
            if spec.target == table and target in file_ids:
                continue
            if spec.target not in known:
                known[spec.target] = set(vault.repo(spec.target).ids())
            if target not in known[spec.target]:
                out.append((name, Message("vault.repository.no_linked_record", noun=vault.repo(spec.target).noun,
                                          record_id=target)))
                break
    return out


def _ordered(records: list[Record], table: str) -> list[Record]:
    """Records that link to others of the same table (an authority's superior) come
    after what they link to, so a whole chain of command can be imported at once."""
    fields = specs(_type(table))
    self_links = [n for n, s in fields.items() if s.kind == "link" and s.target == table]
    if not self_links:
        return records
    by_id = {r.id: r for r in records if r.id}
    done: set[int] = set()
    out: list[Record] = []

    def visit(record: Record, depth: int = 0) -> None:
        if id(record) in done or depth > len(records):
            return
        for name in self_links:
            target = by_id.get(getattr(record, name) or "")
            if target is not None and target is not record:
                visit(target, depth + 1)
        done.add(id(record))
        out.append(record)

    for record in records:
        visit(record)
    return out


def import_csv(vault, table: str, data: bytes | str, *, dry_run: bool = False,
               progress=None) -> ImportResult:
    """Check the whole file, then write all of it in one transaction, or nothing.

    A dry run goes through the same writes inside a transaction that is rolled back,
    so it finds exactly what a real import would (links to missing records too).
    """
    from ..domain.validation import ValidationError

    vault.require("staff")
    records, lines, report, existing = parse(vault, table, data)
    if report:
        raise InputRejected("exchange.canonical.file_was_rejected_problem", report, table=table, count=len(report))
    ordered = _ordered(records, table)
    line_of = {id(r): line for r, line in zip(records, lines)}
    try:
        with vault.transaction():
            vault.repo(table).import_many(ordered, progress=progress, prechecked=True)
            if dry_run:
                raise _DryRunDone
            vault.record_audit("import", table, detail=f"{len(records)} rows")
    except _DryRunDone:
        pass
    except ValidationError as exc:
        line = line_of.get(id(ordered[getattr(exc, "index", 0)]), 0) if ordered else 0
        label_to_name = {s.label_en: n for n, s in specs(_type(table)).items()}
        report = [(line, label_to_name.get(p.field, p.field), p.message) for p in exc.problems]
        raise InputRejected("exchange.canonical.file_was_rejected_problem", report, table=table,
                            count=len(report)) from None
    return ImportResult(table, len(records) - existing, existing, [])


class _DryRunDone(Exception):
    """Unwinds the dry run's transaction."""
