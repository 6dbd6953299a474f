"""Importing a spreadsheet, canonical or foreign: read, map, check, then write or not.

    plan  = prepare(vault, table, data, filename, maps=[...], profile=...)   # read + mapping
    check = examine(vault, plan, options)                                   # every problem, by row
    result = write(vault, check, dry_run=...)                               # all, the valid rows, or nothing

The writing goes through the repository's batched `import_many` in one transaction.
A dry run does the same writes and rolls them back, so it finds what a real import
would; a cancelled import rolls back too. Nothing is ever half-imported.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import re
from dataclasses import dataclass, field
from typing import Callable

from ..domain.codec import FieldValueError, check_uuid
from ..domain.collector import paused
from ..domain.fields import FieldSpec
from ..domain.messages import Label, Message
from ..domain.records import Record, new_id
from ..domain.validation import ValidationError, clean, problems
from ..domain.vocab import fold
from ..vault.errors import InputRejected, UsageError
from ..vault.repository import NOUNS
from . import dates, duplicates, mapping as mappings, matching
from .canonical import _ordered
from .cells import restore
from .links import Directory, NAMED_BY, split_list
from .sheet import Sheet, read_sheet
from ..domain import clock

ERROR, WARNING, DUPLICATE = "error", "warning", "duplicate"
_TRUE = {"true", "yes", "y", "1", "si", "s", "x", "verdadero", "v", "\u2713", "\u2714"}
_FALSE = {"false", "no", "n", "0", "", "falso", "f"}
_INT = re.compile(r"[+-]?\d{1,18}(?:\.0+)?")


@dataclass(frozen=True)
class Issue:
    row: int       # spreadsheet row (the header is the row it sits on, usually 1)
    column: str    # the file's column header, or "" for the whole row
    message: str
    severity: str = ERROR
    field: str = ""

    def as_tuple(self) -> tuple[int, str, str]:
        return (self.row, self.column, self.message)


@dataclass
class Options:
    month_first: bool = False
    skip_invalid: bool = False
    keep_duplicates: bool = False


@dataclass
class Plan:
    table: str
    sheet: Sheet
    mapping: mappings.Mapping
    filename: str = ""
    match_fields: list[str] = field(default_factory=list)        # --match: fields that find the record
    value_maps: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> folded value -> code
    scale_suggestions: dict[str, dict[str, str]] = field(default_factory=dict)  # header -> number -> code


@dataclass
class Checked:
    plan: Plan
    options: Options
    records: list[Record]                     # every valid row's record, in file order
    rows: list[int]                           # the spreadsheet row of each
    updating: set[int] = field(default_factory=set)   # positions in records that update by id
    issues: list[Issue] = field(default_factory=list)
    invalid_rows: set[int] = field(default_factory=set)
    duplicate_rows: set[int] = field(default_factory=set)
    matches: list = field(default_factory=list)        # matching.RowMatch of each row, with --match
    unchanged: int = 0                                  # rows that matched a record and change nothing

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == ERROR]


@dataclass
class ImportResult:
    table: str
    created: int
    updated: int
    skipped_invalid: int
    skipped_duplicates: int
    issues: list[Issue]
    mapping: mappings.Mapping | None = None
    sheet: Sheet | None = None
    dry_run: bool = False
    unchanged: int = 0
    matches: list = field(default_factory=list)

    @property
    def report(self) -> list[tuple[int, str, str]]:
        return [i.as_tuple() for i in self.issues]


class ImportCancelled(Exception):
    """The user stopped the import; its transaction was rolled back."""


Progress = Callable[[str, int, int], None]


# -- reading and mapping ---------------------------------------------------------------

@paused
def prepare(vault, table: str, data: bytes, filename: str = "", *, maps: list[str] = (),
            profile=None, encoding: str | None = None, delimiter: str | None = None,
            sheet: str | None = None, matches: list[str] = (), value_maps: list[str] = ()) -> Plan:
    """The file read and its mapping decided: suggested, then the profile, then --map."""
    mappings.record_type(table)
    if profile is not None and profile.table != table:
        raise UsageError("exchange.importer.profile_for_not", name=profile.name, table=profile.table, table2=table)
    encoding = encoding or (profile.encoding if profile else None)
    delimiter = delimiter or (profile.delimiter if profile else None)
    read = read_sheet(data, filename, encoding=encoding, delimiter=delimiter, sheet=sheet,
                      known_headers=mappings.is_known_header(table))
    mapping = mappings.suggest(table, read.header)
    if profile is not None:
        mappings.apply(mapping, profile.choices(read.header), "profile")
    if maps:
        mappings.apply(mapping, mappings.parse_map_options(mapping, list(maps), read.header), "--map")
    match_fields: list[str] = list(profile.match if profile is not None else [])
    if matches:
        match_fields, choices = matching.parse_match_options(mapping, list(matches), read.header)
        mappings.apply(mapping, {i: f for i, f in choices.items() if mapping.columns[i].field != f}, "--match")
    mappings.check(mapping)
    missing = [f for f in match_fields if f not in mapping.fields()]
    if missing:
        raise UsageError("exchange.importer.no_column_file_mapped", field=missing[0])
    values: dict[str, dict[str, str]] = {}
    if profile is not None:
        for column in mapping.columns:
            saved = profile.values.get(column.header)
            if saved and column.field:
                values[column.field] = {matching.name_key(k): v for k, v in saved.items()}
    for name, pairs in matching.parse_value_maps(mapping, list(value_maps), read.header).items():
        values.setdefault(name, {}).update(pairs)
    plan = Plan(table, read, mapping, os.path.basename(filename), match_fields, values)
    targets = mappings.targets(table)
    for column in mapping.columns:
        spec = targets.get(column.field) if column.field else None
        if spec is None or spec.kind != "vocab" or column.field in values:
            continue
        seen = {cells[column.index] for cells in read.rows[:5000] if column.index < len(cells)}
        suggested = matching.suggest_scale(spec, list(seen))
        if suggested:
            plan.scale_suggestions[column.header] = suggested
    return plan


# -- checking ----------------------------------------------------------------------------

# The rows of a big file are tens of thousands of records and rows without cycles: the
# collector would walk them again and again as they pile up (a twentieth of an import).
@paused
def examine(vault, plan: Plan, options: Options | None = None, *, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> Checked:
    """Every row read into a record and checked; nothing is written."""
    options = options or Options()
    checked = _Examiner(vault, plan, options, progress, cancelled).run()
    from .alias_check import refuse_taken
    refuse_taken(vault, checked)  # issue 15: one alias, one person or organisation
    return checked


class _Examiner:
    def __init__(self, vault, plan: Plan, options: Options, progress, cancelled):
        self.vault, self.plan, self.options = vault, plan, options
        self.table = plan.table
        self.type = mappings.record_type(self.table)
        self.fields = mappings.targets(self.table)
        self.sheet = plan.sheet
        self.progress = progress or (lambda *_: None)
        self.cancelled = cancelled or (lambda: False)
        self.directory = Directory(vault)
        self.issues: list[Issue] = []
        self.by_field = plan.mapping.fields()
        self.column_of = {name: self.sheet.column_name(cols[0]) for name, cols in self.by_field.items()}
        self.label_to_field = {s.label_en: n for n, s in self.fields.items() if s is not None}
        self.defaults = {f.name: f.default for f in dataclasses.fields(self.type)
                         if f.default is not dataclasses.MISSING}
        self.self_links = [n for n, s in self.fields.items()
                           if s is not None and s.kind in ("link", "links") and s.target == self.table]

    def issue(self, row: int, name: str, message: str, severity: str = ERROR) -> None:
        column = self.column_of.get(name, name) if name else ""
        self.issues.append(Issue(row, column, message, severity, name))

    # Header-level problems stop everything: no row can be right.
    def _check_header(self) -> None:
        mapped = set(self.by_field)
        if not mapped:
            raise InputRejected(
                "exchange.importer.no_column_file_matches",
                [(self.sheet.header_row, "", Message("exchange.importer.no_column_mapped"))],
                table=self.table, items=", ".join(self.fields))
        if mappings.ID in mapped:
            return  # rows with an id update what they name; new rows are checked one by one
        missing = [n for n, s in self.fields.items() if s is not None and s.required
                   and self.defaults.get(n) in (None, "") and n not in mapped]
        if missing:
            report = [(self.sheet.header_row, name,
                       Message("exchange.importer.required_field_not_mapped", name=name,
                               label=self.fields[name].label_en, noun=NOUNS.get(self.table, self.table)))
                      for name in missing]
            raise InputRejected("exchange.importer.file_has_no_column", report, table=self.table,
                                items=', '.join(missing))

    def run(self) -> Checked:
        if not any(c.strip() for row in self.sheet.rows for c in row):
            # Nothing to import: refused like an empty file, not written as an import of nothing.
            raise InputRejected("exchange.importer.file_has_no_rows", row=self.sheet.header_row)
        self._check_header()
        converters = self._converters()
        repo = self.vault.repo(self.table)
        id_columns = self.by_field.get(mappings.ID, [])
        id_column = id_columns[0] if id_columns else None
        present = set(repo.ids(include_deleted=True)) if id_column is not None else set()
        required = [n for n, s in self.fields.items() if s is not None and s.required
                    and self.defaults.get(n) in (None, "") and n not in self.by_field]
        width = len(self.sheet.header)
        precision_field = "date_precision" if "date_precision" in self.fields else None
        precision_mapped = "date_precision" in self.by_field
        records: list[Record] = []
        rows: list[int] = []
        updating: set[int] = set()
        deferred: dict[int, dict[str, str]] = {}  # id(record) -> its self-link cells
        seen_ids: dict[str, int] = {}
        bad_rows: set[int] = set()
        total = len(self.sheet.rows)
        match_fields = self.plan.match_fields
        index_ = matching.MatchIndex(self.vault, self.table, match_fields) if match_fields else None
        matched_by: dict[str, int] = {}
        row_matches: list[matching.RowMatch] = []
        unchanged = 0
        mapped_fields = [n for n in self.by_field if n != mappings.ID]
        mapped_fields += [self.fields[n].role_field for n in list(mapped_fields)
                          if self.fields[n] is not None and self.fields[n].role_field
                          and self.fields[n].role_field not in mapped_fields]
        assign_ids = bool(self.self_links)
        record_type = self.type
        today = clock.today()
        for index, cells in enumerate(self.sheet.rows):
            if index % 2000 == 0:
                self.progress("checking", index, total)
                if self.cancelled():
                    raise ImportCancelled()
            if not any(cells) or not any(c.strip() for c in cells):
                continue  # blank rows are left by spreadsheets
            line = self.sheet.row_number(index)
            row_bad = False
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                beyond = next(i for i in range(width, len(cells)) if cells[i].strip())
                self.issue(line, self.sheet.column_name(beyond),
                           Message("exchange.importer.has_cells_but_header", count=len(cells), width=width))
                bad_rows.add(line)
                continue
            record = None
            record_id = ""
            if id_column is not None:
                raw_id = cells[id_column].strip() if id_column < len(cells) else ""
                if raw_id:
                    try:
                        record_id = check_uuid(raw_id)
                    except FieldValueError as exc:
                        self.issue(line, mappings.ID, exc.message)
                        bad_rows.add(line)
                        continue
                    if record_id in seen_ids:
                        self.issue(line, mappings.ID, Message("exchange.importer.same_as_row", row=seen_ids[record_id]))
                        bad_rows.add(line)
                        continue
                    seen_ids[record_id] = line
                    if record_id in present:
                        record = repo.get(record_id, include_deleted=True)
            is_update = record is not None
            if record is None:
                record = record_type()
                if index_ is None:
                    for name in required:
                        self.issue(line, name, Message("exchange.importer.required_file_has_no"))
                        row_bad = True
                if record_id:
                    record.id = record_id
                elif assign_ids:
                    record.id = new_id()
            self_cells: dict[str, str] = {}
            failed: set[str] = set()
            for name, columns, convert, deferred_link in converters:
                if len(columns) == 1:
                    col = columns[0]
                    raw = cells[col] if col < len(cells) else ""
                else:
                    raw = _joined(cells, columns, self.fields[name])
                if deferred_link:
                    self_cells[name] = raw
                    continue
                value, message, note = convert(raw)
                if message:
                    self.issue(line, name, message)
                    failed.add(name)
                    if self.fields[name].role_field:
                        failed.add(self.fields[name].role_field)  # roles of links that failed
                    continue
                if note:
                    self.issue(line, name, note, WARNING)
                if precision_field and isinstance(note, _Precise) and not precision_mapped:
                    setattr(record, precision_field, note.precision)
                setattr(record, name, value)
            clean(record)
            if index_ is not None and not is_update and not failed:
                found_ids = index_.find(record)
                if len(found_ids) > 1:
                    self.issue(line, match_fields[0], Message("exchange.importer.matches_records_cannot_say",
                                                              count=len(found_ids), items=', '.join(found_ids[:3])))
                    bad_rows.add(line)
                    continue
                if found_ids:
                    if found_ids[0] in matched_by:
                        self.issue(line, match_fields[0],
                                   Message("exchange.importer.matches_same_record_as", row=matched_by[found_ids[0]]))
                        bad_rows.add(line)
                        continue
                    matched_by[found_ids[0]] = line
                    stored = repo.get(found_ids[0], include_deleted=True)
                    merged = dataclasses.replace(stored, **{n: getattr(record, n) for n in mapped_fields})
                    clean(merged)
                    changes = matching.differences(stored, merged, mapped_fields)
                    if not changes:
                        row_matches.append(matching.RowMatch(line, "unchanged", stored.id, stored.title))
                        unchanged += 1
                        continue
                    row_matches.append(matching.RowMatch(line, "update", stored.id, stored.title, changes))
                    record, is_update = merged, True
                else:
                    for name in required:
                        self.issue(line, name, Message("exchange.importer.required_file_has_no"))
                        row_bad = True
                    if not row_bad:
                        row_matches.append(matching.RowMatch(line, "create"))
            # Every problem of the row is listed, less what a cell that could not be read
            # already explains (its field was left empty).
            skip = failed.union(self.self_links) if self.self_links else failed
            found = problems(record, today)
            if skip:
                found = [p for p in found if self.label_to_field.get(p.field, p.field) not in skip]
            for problem in found:
                self.issue(line, self.label_to_field.get(problem.field, problem.field), problem.message)
            if row_bad or failed or found:
                bad_rows.add(line)
                continue
            if is_update:
                updating.add(len(records))
            if self_cells:
                deferred[id(record)] = self_cells
            records.append(record)
            rows.append(line)
        self.progress("checking", total, total)
        checked = Checked(self.plan, self.options, records, rows, updating, self.issues, bad_rows,
                          matches=row_matches, unchanged=unchanged)
        self._duplicates(checked)
        if self.self_links:
            self._resolve_self_links(checked, deferred)
        position = {name: columns[0] for name, columns in self.by_field.items()}
        checked.issues.sort(key=lambda i: (i.row, i.severity != ERROR, position.get(i.field, -1)))
        return checked

    # -- converters -------------------------------------------------------------------

    def _converters(self):
        out = []
        for name, columns in self.by_field.items():
            if name == mappings.ID:
                continue
            spec = self.fields[name]
            deferred = spec.kind in ("link", "links") and spec.target == self.table
            out.append((name, columns, self._converter(name, spec, columns), deferred))
        return out

    def _converter(self, name: str, spec: FieldSpec, columns: list[int]):
        cache: dict[str, tuple] = {}
        kind = spec.kind
        default = self.defaults.get(name)

        if kind == "text":
            def convert(raw: str):
                return restore(raw).strip(), "", ""
            return convert

        value_map = self.plan.value_maps.get(name, {})
        if kind == "vocab":
            def work(value: str):
                if not value:
                    return default, "", ""
                if value_map:
                    mapped = value_map.get(matching.name_key(value))
                    if mapped is not None:
                        return mapped, "", ""
                term = spec.vocab.match(value)
                if term is None:
                    return None, _unknown_term(spec, value), ""
                return term.code, "", ""
        elif kind == "roles":
            def work(value: str):
                codes = []
                for part in split_list(value):
                    mapped = value_map.get(matching.name_key(part)) if value_map else None
                    term = spec.vocab.term(mapped) if mapped else spec.vocab.match(part)
                    if term is None:
                        return None, _unknown_term(spec, part), ""
                    codes.append(term.code)
                return codes, "", ""
        elif kind in ("date", "datetime"):
            work = self._date_reader(spec, columns)
        elif kind == "link":
            def work(value: str):
                if not value:
                    return None, "", ""
                found, why = self.directory.resolve(spec.target, value)
                return found, why, ""
        elif kind == "links":
            def work(value: str):
                ids, whys = self.directory.resolve_list(spec.target, value)
                if whys:
                    return None, _sentences(whys[:3]), ""
                return list(dict.fromkeys(ids)), "", ""
        elif kind == "bool":
            def work(value: str):
                folded = fold(value)
                if folded in _TRUE:
                    return True, "", ""
                if folded in _FALSE:
                    return False, "", ""
                return None, Message("domain.codec.not_yes_or_no", value=value), ""
        elif kind == "int":
            def work(value: str):
                if not value:
                    return default, "", ""
                if not _INT.fullmatch(value):
                    return None, Message("domain.codec.not_whole_number", value=value), ""
                return int(float(value)) if "." in value else int(value), "", ""
        else:  # a kind added to the domain later: refuse rather than guess
            def work(value: str):
                return None, f"this importer cannot read {kind} fields yet.", ""

        def convert(raw: str):
            value = raw.strip()
            hit = cache.get(value)
            if hit is None:
                hit = cache[value] = work(value)
            result, message, note = hit
            if isinstance(result, list):
                result = list(result)  # every record owns its own list
            return result, message, note
        return convert

    def _date_reader(self, spec: FieldSpec, columns: list[int]):
        month_first = self.options.month_first
        with_time = spec.kind == "datetime"
        # The column settles the order when one of its dates can only be read one way.
        wanted = "mdy" if month_first else "dmy"
        settled = False
        seen = set()
        for cells in self.sheet.rows:
            for col in columns:
                raw = cells[col] if col < len(cells) else ""
                if raw and raw not in seen:
                    seen.add(raw)
                    if dates.evidence(raw) == wanted:
                        settled = True
                        break
            if settled:
                break

        def work(value: str):
            reading = dates.read(value, with_time=with_time, month_first=month_first)
            if reading.error:
                return None, reading.error, ""
            note = ""
            if reading.ambiguous and not settled:
                day = reading.value.date() if isinstance(reading.value, dt.datetime) else reading.value
                note = (f"'{value}' was read as {dates.spelled(day)} "
                        f"({'month' if month_first else 'day'} first); check it.")
            if reading.precision != "exact":
                note = _Precise(note or f"'{value}' was read as {reading.value.isoformat()[:10]} "
                                        f"with {reading.precision} precision.", reading.precision)
            elif with_time and reading.no_time and reading.value is not None:
                note = f"'{value}' has no time; it was read as 00:00."
            return reading.value, "", note
        return work

    # -- duplicates and links within the file ---------------------------------------------

    def _duplicates(self, checked: Checked) -> None:
        table = self.table
        fresh = [i for i in range(len(checked.records)) if i not in checked.updating]
        if not fresh or table not in duplicates.KEYS:
            return
        # With --match the user has said what makes two rows one record: a row that matched
        # nothing is new, whatever the usual likeness says.
        stored = {} if self.plan.match_fields else duplicates.existing_keys(
            self.vault, table, [checked.records[i] for i in fresh])
        first_row: dict[tuple, int] = {}
        keep = self.options.keep_duplicates
        why = duplicates.reason(table)
        noun = NOUNS.get(table, table)
        drop = set()
        for i in fresh:
            key = duplicates.key_of(checked.records[i])
            if key is None:
                continue
            line = checked.rows[i]
            if key in stored:
                message = f"likely duplicate of {_a(noun)} already in the vault ({why})"
            elif key in first_row:
                message = f"likely duplicate of row {first_row[key]} ({why})"
            else:
                first_row[key] = line
                continue
            if keep:
                self.issue(line, "", message + "; imported as asked.", WARNING)
            else:
                self.issue(line, "", message + "; skipped.", DUPLICATE)
                drop.add(i)
        if drop:
            checked.duplicate_rows = {checked.rows[i] for i in drop}
            _remove(checked, drop)

    def _resolve_self_links(self, checked: Checked, deferred: dict[int, dict[str, str]]) -> None:
        table = self.table
        names = NAMED_BY.get(table, ())
        for record, line in zip(checked.records, checked.rows):
            self.directory.add_file_record(table, record.id, [getattr(record, n, "") for n in names], line)
        bad: set[int] = set()
        for position, (record, line) in enumerate(zip(checked.records, checked.rows)):
            cells = deferred.get(id(record))
            if not cells:
                continue
            for name, raw in cells.items():
                spec = self.fields[name]
                if spec.kind == "link":
                    value = raw.strip()
                    found, why = (self.directory.resolve(table, value, owner_id=record.id)
                                  if value else (None, ""))
                    if why:
                        self.issue(line, name, _capital(why))
                        bad.add(position)
                    else:
                        setattr(record, name, found)
                else:
                    ids, whys = self.directory.resolve_list(table, raw, owner_id=record.id)
                    if whys:
                        self.issue(line, name, _sentences(whys[:3]))
                        bad.add(position)
                    else:
                        setattr(record, name, list(dict.fromkeys(ids)))
            if position not in bad:
                for problem in problems(record):
                    self.issue(line, self.label_to_field.get(problem.field, problem.field), problem.message)
                    bad.add(position)
        by_id = {r.id: i for i, r in enumerate(checked.records)}
        # Rows that name each other round in a circle (A's superior is B, B's is A).
        for name in self.self_links:
            if self.fields[name].kind != "link":
                continue
            for start, record in enumerate(checked.records):
                seen, current = [start], by_id.get(getattr(record, name) or "")
                while current is not None and current not in seen:
                    seen.append(current)
                    current = by_id.get(getattr(checked.records[current], name) or "")
                if current == start and start not in bad:
                    rows = ", ".join(str(checked.rows[i]) for i in seen)
                    self.issue(checked.rows[start], name,
                               Message("exchange.importer.would_make_circle_rows", rows=rows))
                    bad.add(start)
        # A row whose superior is a row that cannot be imported cannot be imported either.
        changed = True
        while changed:
            changed = False
            for i, record in enumerate(checked.records):
                if i in bad:
                    continue
                for name in self.self_links:
                    value = getattr(record, name)
                    for target in ([value] if isinstance(value, str) else (value or [])):
                        j = by_id.get(target)
                        if j is not None and j in bad:
                            self.issue(checked.rows[i], name,
                                       Message("exchange.importer.names_row_which_cannot", row=checked.rows[j]))
                            bad.add(i)
                            changed = True
                            break
                    if i in bad:
                        break
        checked.invalid_rows |= {checked.rows[i] for i in bad}
        _remove(checked, bad)


class _Precise(str):
    """A note that also says how precise the date it comes with is."""

    def __new__(cls, text: str, precision: str):
        obj = super().__new__(cls, text)
        obj.precision = precision
        return obj


def _joined(cells: list[str], columns: list[int], spec: FieldSpec) -> str:
    parts = [cells[c].strip() for c in columns if c < len(cells) and cells[c].strip()]
    return (";" if spec.kind in ("links", "roles") else "\n\n").join(parts)


def _remove(checked: Checked, positions: set[int]) -> None:
    if not positions:
        return
    keep = [i for i in range(len(checked.records)) if i not in positions]
    checked.updating = {new for new, old in enumerate(keep) if old in checked.updating}
    checked.records = [checked.records[i] for i in keep]
    checked.rows = [checked.rows[i] for i in keep]


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeio" else "a ") + noun


def _capital(text: str) -> str:
    if isinstance(text, Message):
        return text.capitalised()
    return text[:1].upper() + text[1:]


def _sentences(whys: list[str]) -> str:
    """Up to three problems of one cell, each a sentence."""
    if len(whys) == 1:
        return _capital(whys[0])
    if len(whys) == 2:
        return Message("exchange.importer.two_problems", first=_capital(whys[0]), second=_capital(whys[1]))
    return Message("exchange.importer.three_problems", first=_capital(whys[0]), second=_capital(whys[1]),
                   third=_capital(whys[2]))


def _unknown_term(spec: FieldSpec, value: str) -> Message:
    choices: dict[str, str] = {}
    for term in spec.vocab:
        for label in (term.code, term.en, term.es):
            choices.setdefault(fold(label), term.code)
    codes = _closest(fold(value), choices)
    what = Label(spec.CONTEXT, spec.label_en, lower=True)
    if codes:
        shown = ", ".join(f"{spec.vocab.term(c).es} / {spec.vocab.term(c).en} ({c})" for c in codes)
        return Message("exchange.importer.unknown_term_closest", value=value, what=what, closest=shown)
    # The terms by their labels, in the language the message is said in (each is accepted, as is its code).
    terms = [Label(spec.vocab.name, term.en) for term in spec.vocab]
    return Message("exchange.importer.unknown_term", value=value, what=what, codes=terms)


def _closest(value: str, choices: dict[str, str], limit: int = 3) -> list[str]:
    """The codes whose labels look most like the value: by spelling, or because one
    contains the other ("Amenazas de muerte" and "Amenaza")."""
    scored = []
    words = value.split()
    for label, code in choices.items():
        score = difflib.SequenceMatcher(None, value, label).ratio()
        if len(label) >= 4 and (label in value or (len(value) >= 4 and value in label)):
            score = max(score, 0.85)
        for word in words:
            if len(word) >= 4:
                score = max(score, difflib.SequenceMatcher(None, word, label).ratio() - 0.05)
        if score >= 0.6:
            scored.append((score, code))
    return list(dict.fromkeys(code for _, code in sorted(scored, reverse=True)))[:limit]


# -- writing -----------------------------------------------------------------------------

@paused
def write(vault, checked: Checked, *, dry_run: bool = False, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Write the checked records in one transaction (rolled back for a dry run).

    Without skip_invalid, any problem rejects the whole file. With it, rows the
    vault itself refuses (a chain of command that would become a circle) are
    dropped one by one and the rest written.
    """
    vault.require("staff")
    table = checked.plan.table
    options = checked.options
    progress = progress or (lambda *_: None)
    cancelled = cancelled or (lambda: False)
    if checked.errors and not options.skip_invalid:
        raise InputRejected("exchange.importer.file_was_rejected_problem", [i.as_tuple() for i in checked.errors],
                            table=table, count=len(checked.errors))
    issues = list(checked.issues)
    records, rows = list(checked.records), list(checked.rows)
    updating = set(checked.updating)
    invalid = set(checked.invalid_rows)
    for _attempt in range(100):
        ordered = _ordered(records, table)
        row_of = {id(r): line for r, line in zip(records, rows)}
        total = len(ordered)

        def step(index: int, _total: int) -> None:
            progress("writing", index, total)
            if cancelled():
                raise ImportCancelled()

        try:
            with vault.transaction():
                progress("writing", 0, total)
                # The importer made these records for this call alone and checked them.
                vault.repo(table).import_many(ordered, progress=step, prechecked=True)
                if cancelled():
                    raise ImportCancelled()
                if dry_run:
                    raise _DryRunDone
                vault.record_audit("import", table, detail=_detail(
                    checked, total - len(updating), len(updating), len(invalid)))
            progress("writing", total, total)
            break
        except _DryRunDone:
            progress("writing", total, total)
            break
        except ValidationError as exc:
            bad = ordered[getattr(exc, "index", 0)] if ordered else None
            line = row_of.get(id(bad), 0)
            label_to_field = {s.label_en: (s.label_en, n) for n, s in mappings.targets(table).items() if s}
            column_of = {n: checked.plan.sheet.column_name(c[0])
                         for n, c in checked.plan.mapping.fields().items()}
            found = [Issue(line, column_of.get(label_to_field.get(p.field, ("", p.field))[1], p.field),
                           p.message) for p in exc.problems]
            issues.extend(found)
            if not options.skip_invalid:
                errors = [i for i in issues if i.severity == ERROR]
                raise InputRejected("exchange.importer.file_was_rejected_problem", [i.as_tuple() for i in errors],
                                    table=table, count=len(errors)) from None
            position = next(i for i, r in enumerate(records) if r is bad)
            invalid.add(line)
            updating = {p - (p > position) for p in updating if p != position}
            del records[position], rows[position]
    else:
        raise InputRejected("exchange.importer.file_was_rejected_vault",
                            [i.as_tuple() for i in issues if i.severity == ERROR], table=table)
    issues.sort(key=lambda i: (i.row, i.severity != ERROR))
    valid_rows = set(rows)
    return ImportResult(table, len(records) - len(updating), len(updating), len(invalid),
                        len(checked.duplicate_rows), issues, checked.plan.mapping,
                        checked.plan.sheet, dry_run, checked.unchanged,
                        [m for m in checked.matches if m.action == "unchanged" or m.row in valid_rows])


def _detail(checked: Checked, created: int, updated: int, skipped: int) -> str:
    words = [f"{created} new", f"{updated} updated"]
    if skipped:
        words.append(f"{skipped} invalid rows skipped")
    if checked.duplicate_rows:
        words.append(f"{len(checked.duplicate_rows)} duplicates skipped")
    if checked.plan.filename:
        words.append(f"file={checked.plan.filename}")
    return "; ".join(words)


class _DryRunDone(Exception):
    """Unwinds the dry run's transaction."""


@paused
def import_file(vault, table: str, data: bytes, filename: str = "", *, maps: list[str] = (),
                profile=None, encoding: str | None = None, delimiter: str | None = None,
                sheet: str | None = None, options: Options | None = None, dry_run: bool = False,
                matches: list[str] = (), value_maps: list[str] = (),
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                on_plan: Callable[[Plan], None] | None = None) -> ImportResult:
    """Everything at once, as the command line does it."""
    vault.require("staff")
    plan = prepare(vault, table, data, filename, maps=maps, profile=profile, encoding=encoding,
                   delimiter=delimiter, sheet=sheet, matches=matches, value_maps=value_maps)
    if on_plan is not None:
        on_plan(plan)
    checked = examine(vault, plan, options, progress=progress, cancelled=cancelled)
    return write(vault, checked, dry_run=dry_run, progress=progress, cancelled=cancelled)
