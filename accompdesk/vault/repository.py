"""Repositories: the only code that writes SQL for records.

One generic repository serves every record type from its field declarations. Each
change is one transaction that writes the row, its link rows, the search index and
an audit entry together, so a record is never half-written.
"""

from __future__ import annotations

import builtins  # `list` below names Repository.list inside the class
import datetime as dt
import operator
from typing import Callable, Generic, Iterable, TypeVar

from ..domain import clock
from ..domain.codec import FieldValueError, check_uuid
from ..domain.messages import Message
from ..domain.records import Authority, Commitment, Record, new_id, new_ids
from ..domain.validation import Problem, ValidationError, clean, problems
from . import audit, changelog, search
from .clock import now_utc
from .errors import RecordNotFound, UsageError
from .rows import (column_fields, columns, copy, digest, digests, link_fields,
                   from_sql, link_table, record_from_row, to_sql)

R = TypeVar("R", bound=Record)

# Tables whose records can be merged into another (vault.merges); a merged record stays
# hidden until its merge is undone.
_MERGEABLE = ("persons", "organisations", "authorities", "officials")

NOUNS = {
    "persons": "person", "organisations": "organisation", "incidents": "incident",
    "authorities": "authority", "officials": "official", "meetings": "meeting",
    "commitments": "commitment", "volunteers": "volunteer", "accompaniments": "accompaniment",
    "checkins": "check-in", "alerts": "alert", "users": "staff member", "attachments": "attachment",
}


def _converter(spec):
    """How `read_fields` turns a stored value of this field into its value: text,
    vocabulary codes and links are stored as they are read."""
    if spec is None:
        return _same
    if spec.kind in ("text", "vocab", "link"):
        return lambda value: value if value is not None else from_sql(spec, value)
    return lambda value: from_sql(spec, value)


def _same(value):
    return value


class Repository(Generic[R]):
    def __init__(self, vault, record_type: type[R]):
        self.vault = vault
        self.type = record_type
        self.table = record_type.TABLE
        self.noun = NOUNS.get(self.table, self.table)
        self._columns = columns(record_type)
        self._column_fields = column_fields(record_type)
        self._column_specs = [(name, self._column_fields.get(name)) for name in self._columns]
        self._getter = operator.attrgetter(*self._columns)
        self._converted = [(i, spec) for i, (_n, spec) in enumerate(self._column_specs)
                           if spec is not None and spec.kind not in ("text", "vocab", "link")]
        self._link_specs = [(n, f.metadata["spec"]) for n, f in record_type.__dataclass_fields__.items()
                            if f.metadata.get("spec") is not None
                            and f.metadata["spec"].kind in ("link", "links")]
        self._links = link_fields(record_type)
        self._select = f"SELECT {', '.join(self._columns)} FROM {self.table}"
        assert all(c.isidentifier() for v in (self._column_fields[n].vocabulary for n in self._column_fields
                                               if self._column_fields[n].kind == "vocab")
                   for c in v.codes)

    @property
    def conn(self):
        return self.vault.conn

    # -- reading ----------------------------------------------------------------------

    def get(self, record_id: str, *, include_deleted: bool = False) -> R:
        row = self.conn.execute(f"{self._select} WHERE id = ?", (record_id,)).fetchone()
        if row is None or (row[5] is not None and not include_deleted):
            raise RecordNotFound("vault.repository.there_no_id", noun=self.noun, record_id=record_id)
        record = record_from_row(self.type, row)
        self._load_links([record])
        return record

    def exists(self, record_id: str, *, include_deleted: bool = True) -> bool:
        sql = f"SELECT 1 FROM {self.table} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        return self.conn.execute(sql, (record_id,)).fetchone() is not None

    def _where(self, filters: dict | None, ranges: dict | None, text: str | None,
               include_deleted: bool) -> tuple[str, list]:
        clauses, args = [], []
        if not include_deleted:
            clauses.append("deleted_at IS NULL")
        for name, value in (filters or {}).items():
            spec = self._check_column(name)
            if isinstance(value, (list, tuple, set)):
                values = [to_sql(spec, v) if spec else v for v in value]
                clauses.append(f"{name} IN ({','.join('?' * len(values))})")
                args.extend(values)
            elif value is None:
                clauses.append(f"{name} IS NULL")
            else:
                clauses.append(f"{name} = ?")
                args.append(to_sql(spec, value) if spec else value)
        for name, (low, high) in (ranges or {}).items():
            spec = self._check_column(name)
            if low is not None:
                clauses.append(f"{name} >= ?")
                args.append(to_sql(spec, low) if spec else low)
            if high is not None:
                clauses.append(f"{name} <= ?")
                args.append(to_sql(spec, high) if spec else high)
        if text:
            query = search.fts_query(text)
            if query:
                # The unary + keeps SQLite walking the list's own (sort) index instead of
                # looking up each text match by id: a common word matches thousands of rows.
                clauses.append("+id IN (SELECT d.record_id FROM search_fts JOIN search_docs d "
                               "ON d.rowid = search_fts.rowid WHERE search_fts MATCH ? "
                               "AND d.record_table = ?)")
                args.extend([query, self.table])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def _check_column(self, name: str):
        if name not in self._columns:
            raise UsageError("vault.repository.has_no_field_called", table=self.table, name=name)
        return self._column_fields.get(name)

    def list(self, *, filters: dict | None = None, ranges: dict | None = None,
             text: str | None = None, order_by: str | None = None, descending: bool = False,
             limit: int | None = None, offset: int = 0, include_deleted: bool = False,
             with_links: bool = True) -> list[R]:
        where, args = self._where(filters, ranges, text, include_deleted)
        order = order_by or self.type.TITLE_FIELD or "created_at"
        spec = self._check_column(order)
        # The id breaks ties in the same direction, so one (column, id) index serves both.
        direction = "DESC" if descending else "ASC"
        sql = f"{self._select}{where} ORDER BY {self._sort_key(order, spec)} {direction}, id {direction}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [int(limit), int(offset)]
        records = [record_from_row(self.type, row) for row in self.conn.execute(sql, args)]
        if with_links:
            self._load_links(records)
        return records

    def read_fields(self, names: Iterable[str], *, filters: dict | None = None,
                    ranges: dict | None = None, order_by: str | None = None,
                    descending: bool = False, include_deleted: bool = False) -> builtins.list[dict]:
        """Only the named fields of each record, as dicts with the id, converted as `list`
        converts them; lists of links (and their roles) come from their link tables.

        A statistic over a year of a large vault needs a few columns of thousands of
        records: building whole records (long descriptions included) cost it most of its time."""
        names = list(dict.fromkeys(names))
        roles = {spec.role_field: name for name, spec in self._links.items() if spec.role_field}
        unknown = [n for n in names if n not in self._columns and n not in self._links and n not in roles]
        if unknown:
            raise UsageError("vault.repository.has_no_field_called", table=self.table, name=unknown[0])
        wanted = ["id"] + [n for n in names if n in self._columns and n != "id"]
        where, args = self._where(filters, ranges, None, include_deleted)
        order = order_by or self.type.TITLE_FIELD or "created_at"
        spec = self._check_column(order)
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT {', '.join(wanted)} FROM {self.table}{where} "
               f"ORDER BY {self._sort_key(order, spec)} {direction}, id {direction}")
        converters = [_converter(self._column_fields.get(name)) for name in wanted]
        out = [dict(zip(wanted, [convert(value) for convert, value in zip(converters, row)]))
               for row in self.conn.execute(sql, args)]
        link_names = {n for n in names if n in self._links} | {roles[n] for n in names if n in roles}
        if link_names and out:
            by_id = {r["id"]: r for r in out}
            for name in link_names:
                role = self._links[name].role_field
                for r in out:
                    r[name] = []
                    if role:
                        r[role] = []
                # One query per link table, for the same records as above: chunks of ids
                # cost a query for every five hundred records of a year.
                table = link_table(self.table, name)
                for row in self.conn.execute(
                        f"SELECT owner_id, target_id{', role' if role else ''} FROM {table} "
                        f"WHERE owner_id IN (SELECT id FROM {self.table}{where}) ORDER BY owner_id, position",
                        args):
                    record = by_id.get(row[0])
                    if record is None:
                        continue
                    record[name].append(row[1])
                    if role:
                        record[role].append(row[2])
        return out

    @staticmethod
    def _sort_key(column: str, spec) -> str:
        """A vocabulary sorts in its own order (low, medium, high, extreme), not by code."""
        if spec is None or spec.kind != "vocab":
            return column
        # Codes are identifiers of our own vocabularies ([a-z_]), safe inside SQL literals.
        cases = " ".join(f"WHEN '{code}' THEN {rank}" for rank, code in enumerate(spec.vocab.codes))
        return f"CASE {column} {cases} ELSE {len(spec.vocab.codes)} END"

    def count(self, *, filters: dict | None = None, ranges: dict | None = None,
              text: str | None = None, include_deleted: bool = False) -> int:
        if text and not filters and not ranges and not include_deleted:
            query = search.fts_query(text)
            if query:
                # Deleted records leave the index, so counting matches there is exact and
                # spares reading the table: a common word matches tens of thousands.
                return self.conn.execute(
                    "SELECT count(*) FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid "
                    "WHERE search_fts MATCH ? AND d.record_table = ?", (query, self.table)).fetchone()[0]
        where, args = self._where(filters, ranges, text, include_deleted)
        return self.conn.execute(f"SELECT count(*) FROM {self.table}{where}", args).fetchone()[0]

    def linking(self, field: str, target_id: str, *, order_by: str | None = None,
                descending: bool = False, include_deleted: bool = False) -> builtins.list[R]:
        """Records whose list `field` holds `target_id` (a defender's incidents, say):
        one indexed query on the link table."""
        spec = self._links.get(field)
        if spec is None:
            raise UsageError("vault.repository.has_no_list_links", table=self.table, field=field)
        owners = [r[0] for r in self.conn.execute(
            f"SELECT owner_id FROM {link_table(self.table, field)} WHERE target_id = ?", (target_id,))]
        if not owners:
            return []
        found: list[R] = []
        for start in range(0, len(owners), 500):
            found.extend(self.list(filters={"id": owners[start:start + 500]}, include_deleted=include_deleted))
        order = order_by or self.type.TITLE_FIELD or "created_at"
        self._check_column(order)
        found.sort(key=lambda r: (getattr(r, order) is None, getattr(r, order) or "", r.id), reverse=descending)
        return found

    def distinct(self, column: str, *, include_deleted: bool = True) -> builtins.list[str]:
        """The different non-empty values of a text column (places and regions for the
        audience rules' shield list), in no particular order."""
        self._check_column(column)
        sql = f"SELECT DISTINCT {column} FROM {self.table} WHERE {column} IS NOT NULL AND {column} != ''"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        return [row[0] for row in self.conn.execute(sql)]

    def ids(self, *, include_deleted: bool = False) -> builtins.list[str]:
        sql = f"SELECT id FROM {self.table}" + ("" if include_deleted else " WHERE deleted_at IS NULL")
        return [r[0] for r in self.conn.execute(sql)]

    def _load_links(self, records: builtins.list[R]) -> None:
        if not self._links or not records:
            return
        by_id = {r.id: r for r in records}
        for name, spec in self._links.items():
            for r in records:
                setattr(r, name, [])
                if spec.role_field:
                    setattr(r, spec.role_field, [])
            table = link_table(self.table, name)
            role = ", role" if spec.role_field else ""
            ids = list(by_id)
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                rows = self.conn.execute(
                    f"SELECT owner_id, target_id{role} FROM {table} WHERE owner_id IN "
                    f"({','.join('?' * len(chunk))}) ORDER BY owner_id, position", chunk)
                for row in rows:
                    record = by_id[row[0]]
                    getattr(record, name).append(row[1])
                    if spec.role_field:
                        getattr(record, spec.role_field).append(row[2])

    # -- checking ---------------------------------------------------------------------

    def problems(self, record: R, today: dt.date | None = None) -> builtins.list[Problem]:
        """Everything wrong with the record, including links to records that do not exist."""
        found = problems(record, today)
        if found:
            return found
        for name, field in self.type.__dataclass_fields__.items():
            spec = field.metadata.get("spec")
            if spec is None or spec.kind not in ("link", "links"):
                continue
            wanted = getattr(record, name)
            wanted = [wanted] if spec.kind == "link" else list(wanted)
            wanted = [w for w in wanted if w]
            if not wanted:
                continue
            placeholders = ",".join("?" * len(wanted))
            present = {r[0] for r in self.conn.execute(
                f"SELECT id FROM {spec.target} WHERE deleted_at IS NULL AND id IN ({placeholders})",
                wanted)}
            missing = [w for w in wanted if w not in present]
            if missing:
                found.append(Problem(spec.label_en, Message("vault.repository.no_linked_record",
                                                            noun=NOUNS.get(spec.target, spec.target),
                                                            record_id=missing[0])))
        found.extend(self._extra_problems(record))
        return found

    def _extra_problems(self, record: R) -> builtins.list[Problem]:
        return []

    def _validated(self, record: R) -> R:
        record = clean(copy(record))
        found = self.problems(record)
        if found:
            raise ValidationError(found)
        return record

    # -- writing ----------------------------------------------------------------------

    def add(self, record: R) -> R:
        """Create the record (with its id, if it has one) and return it as stored."""
        self.vault.require("staff")
        record = copy(record)
        if record.id:
            try:
                record.id = check_uuid(record.id)
            except FieldValueError as exc:
                raise ValidationError([Problem("id", exc.message)]) from None
            if self.exists(record.id):
                raise UsageError("vault.repository.id_already_exists", noun=self.noun, id=record.id)
        else:
            record.id = new_id()
        record = self._validated(record)
        stamp, user = now_utc(), self.vault.user
        record.created_at = record.updated_at = stamp
        record.created_by = record.updated_by = user
        record.deleted_at = None
        with self.vault.transaction():
            self.conn.execute(
                f"INSERT INTO {self.table} ({', '.join(self._columns)}) "
                f"VALUES ({','.join('?' * len(self._columns))})", self._row(record))
            self._write_links(record)
            search.index(self.conn, record)
            self._audit("create", record.id, None, record)
            changelog.note_write(self, None, record)
            self._after_write(None, record)
        return record

    def update(self, record: R) -> R:
        self.vault.require("staff")
        before = self.get(record.id)
        record = self._validated(record)
        record.created_at, record.created_by = before.created_at, before.created_by
        record.deleted_at = None
        record.updated_at, record.updated_by = now_utc(), self.vault.user
        if digest(_without_stamps(record)) == digest(_without_stamps(before)):
            return before  # nothing changed: no write, no audit entry
        names = self._columns[1:]
        with self.vault.transaction():
            self.conn.execute(
                f"UPDATE {self.table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                self._row(record)[1:] + [record.id])
            self._write_links(record, replace=True)
            search.index(self.conn, record)
            self._audit("update", record.id, before, record)
            changelog.note_write(self, before, record)
            self._after_write(before, record)
        return record

    def _audit(self, action: str, record_id: str, before: Record | None, after: Record | None,
               detail: str = "") -> None:
        """The entry of one change: the digests of the record before and after, and the
        field digests of what it became (none for a record that is gone)."""
        after_digest, fields = digests(after) if after is not None else ("", "")
        audit.append(self.conn, self.vault.user, action, self.table, record_id, digest(before),
                     after_digest, detail, fields=fields)

    def save(self, record: R) -> R:
        """Update when the id exists (deleted or not), otherwise create."""
        if record.id and self.exists(record.id):
            if self.exists(record.id, include_deleted=False):
                return self.update(record)
            self.restore(record.id)
            return self.update(record)
        return self.add(record)

    def delete(self, record_id: str) -> None:
        """Soft delete: the record is hidden, kept, and can be restored."""
        self.vault.require("staff")
        before = self.get(record_id)
        stamp = now_utc()
        with self.vault.transaction():
            self.conn.execute(f"UPDATE {self.table} SET deleted_at = ?, updated_at = ?, updated_by = ? "
                              "WHERE id = ?", (stamp, stamp, self.vault.user, record_id))
            search.unindex(self.conn, self.table, record_id)
            self._audit("delete", record_id, before, None)
            changelog.note_live(self, record_id, "deleted")

    def restore(self, record_id: str) -> R:
        self.vault.require("staff")
        before = self.get(record_id, include_deleted=True)
        if before.deleted_at is None:
            return before
        if self.table in _MERGEABLE:
            row = self.conn.execute(f"SELECT merged_into FROM {self.table} WHERE id = ?", (record_id,)).fetchone()
            if row and row[0]:
                raise UsageError("vault.repository.was_merged_into_undo", noun=self.noun, other=row[0])
        stamp = now_utc()
        with self.vault.transaction():
            self.conn.execute(f"UPDATE {self.table} SET deleted_at = NULL, updated_at = ?, updated_by = ? "
                              "WHERE id = ?", (stamp, self.vault.user, record_id))
            after = self.get(record_id)
            search.index(self.conn, after)
            self._audit("restore", record_id, None, after)
            changelog.note_live(self, record_id, "live")
        return after

    def purge(self, record_id: str) -> None:
        """Remove the record for good: an explicit, audited act of a coordinator."""
        self.vault.require("coordinator")
        before = self.get(record_id, include_deleted=True)
        with self.vault.transaction():
            linking = self._records_linking_to(record_id)
            search.unindex(self.conn, self.table, record_id)
            try:
                self.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
            except self.vault.IntegrityError:
                raise UsageError("vault.repository.still_linked_from_other", noun=self.noun) from None
            self._audit("purge", record_id, before, None)
            # The link rows that pointed here went with it (ON DELETE CASCADE): each record
            # that held one changed, and says so, or verify would take it for an edit.
            for repo, owner in linking:
                after = repo.get(owner.id, include_deleted=True)
                repo._audit("update", owner.id, owner, after, f"link to a purged {self.noun} removed")
            if before.deleted_at is None:
                changelog.note_live(self, record_id, "deleted")

    def _records_linking_to(self, record_id: str) -> builtins.list[tuple["Repository", Record]]:
        from ..domain.records import ALL_TYPES

        found = []
        for table, record_type in ALL_TYPES.items():
            for name, spec in link_fields(record_type).items():
                if spec.target != self.table:
                    continue
                owners = [r[0] for r in self.conn.execute(
                    f"SELECT DISTINCT owner_id FROM {link_table(table, name)} WHERE target_id = ?",
                    (record_id,))]
                repo = self.vault.repo(table)
                found += [(repo, repo.get(owner, include_deleted=True)) for owner in owners
                          if not (table == self.table and owner == record_id)]
        seen, unique = set(), []
        for repo, record in found:
            if (repo.table, record.id) not in seen:
                seen.add((repo.table, record.id))
                unique.append((repo, record))
        return unique

    def _row(self, record: R) -> builtins.list:
        # Read every column at once; only dates, flags and numbers need converting.
        out = list(self._getter(record))
        for index, spec in self._converted:
            if out[index] is not None:
                out[index] = to_sql(spec, out[index])
        return out

    def _write_links(self, record: R, replace: bool = False) -> None:
        for name, spec in self._links.items():
            table = link_table(self.table, name)
            if replace:
                self.conn.execute(f"DELETE FROM {table} WHERE owner_id = ?", (record.id,))
            ids = getattr(record, name)
            if not ids:
                continue
            if spec.role_field:
                rows = [(record.id, target, role, i) for i, (target, role)
                        in enumerate(zip(ids, getattr(record, spec.role_field)))]
                self.conn.executemany(f"INSERT INTO {table} (owner_id, target_id, role, position) "
                                      "VALUES (?,?,?,?)", rows)
            else:
                plain = [(record.id, target, i) for i, target in enumerate(ids)]
                self.conn.executemany(f"INSERT INTO {table} (owner_id, target_id, position) "
                                      "VALUES (?,?,?)", plain)

    def _after_write(self, before: R | None, after: R) -> None:
        """Hook for record types that keep history beside the row."""

    def add_many(self, records: Iterable[R]) -> int:
        """Create or update many records in one transaction: all of them, or none."""
        records = list(records)
        with self.vault.transaction():
            self.import_many(records)
        return len(records)

    def import_many(self, records: builtins.list[R], progress=None, *, prechecked: bool = False) -> None:
        """Save many records (create, or update when the id exists) inside the caller's
        transaction. The first invalid record raises ValidationError with `.index`.

        New records take a batched path: links are checked against sets read once,
        and rows, links, search documents and audit entries are written with
        executemany. Updates, and tables whose checks read the database record by
        record (a chain of command), go one at a time.
        """
        self.vault.require("staff")
        existing = self._existing_ids([r.id for r in records if r.id])
        batched = type(self)._extra_problems is Repository._extra_problems and \
            type(self)._after_write is Repository._after_write
        pending: list[R] = []
        known = _KnownIds(self.conn)
        # One act, one moment; each record a microsecond after the one before, so that lists
        # ordered by creation keep the file's order (a shared stamp would sort them by id).
        stamp_of = _stamps(clock.now())
        fresh = _FreshIds()
        for index, record in enumerate(records):
            stamp = stamp_of(index)
            try:
                if record.id and record.id in existing:
                    self._flush(pending)
                    pending = []
                    self.save(record)
                elif not batched:
                    self.add(record)
                else:
                    pending.append(self._prepare_new(record, known, prechecked, stamp, fresh))
                    if len(pending) >= 2000:
                        self._flush(pending)
                        pending = []
            except ValidationError as exc:
                exc.index = index
                raise
            except UsageError as exc:
                problem = ValidationError([Problem("id", exc.message)])
                problem.index = index
                raise problem from None
            if progress is not None and index % 500 == 0:
                progress(index, len(records))
        self._flush(pending)

    def _existing_ids(self, ids: builtins.list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update(r[0] for r in self.conn.execute(
                f"SELECT id FROM {self.table} WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def _prepare_new(self, record: R, known: "_KnownIds", prechecked: bool = False,
                     stamp: str | None = None, fresh: Callable[[], str] = new_id) -> R:
        # prechecked records belong to the importer, which made them for this call alone.
        record = record if prechecked else clean(copy(record))
        if record.id:
            try:
                record.id = check_uuid(record.id)
            except FieldValueError as exc:
                raise ValidationError([Problem("id", exc.message)]) from None
        else:
            record.id = fresh()
        found = [] if prechecked else problems(record)
        if not found:
            for name, spec in self._link_specs:
                wanted = getattr(record, name)
                for target in ([wanted] if spec.kind == "link" else wanted):
                    if target and not known.has(spec.target, target):
                        found.append(Problem(spec.label_en, Message("vault.repository.no_linked_record",
                                                                    noun=NOUNS.get(spec.target, spec.target),
                                                                    record_id=target)))
                        break
        if found:
            raise ValidationError(found)
        known.add(self.table, record.id)
        stamp, user = stamp or now_utc(), self.vault.user
        record.created_at = record.updated_at = stamp
        record.created_by = record.updated_by = user
        record.deleted_at = None
        return record

    def _flush(self, records: builtins.list[R]) -> None:
        if not records:
            return
        conn = self.conn
        rows = [self._row(r) for r in records]
        conn.executemany(f"INSERT INTO {self.table} ({', '.join(self._columns)}) "
                         f"VALUES ({','.join('?' * len(self._columns))})", rows)
        for record in records:
            self._write_links(record)
        next_doc = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM search_docs").fetchone()[0]
        docs, texts = [], []
        for record in records:
            title, body = search.document(record)
            if title or body:
                docs.append((next_doc, self.table, record.id))
                texts.append((next_doc, title, body))
                next_doc += 1
        conn.executemany("INSERT INTO search_docs (rowid, record_table, record_id) VALUES (?,?,?)", docs)
        conn.executemany("INSERT INTO search_fts (rowid, title, body) VALUES (?,?,?)", texts)
        audit.append_many(conn, self.vault.user, "create", self.table,
                          [(r.id, "", *digests(r)) for r in records])
        changelog.note_many(self, records, rows)


def _stamps(start: dt.datetime) -> Callable[[int], str]:
    """stamp(index): `start` plus index microseconds, as now_utc writes a moment, with the
    date and time of each second written once rather than for every row."""
    second = start.replace(microsecond=0)
    prefixes: dict[int, str] = {}

    def stamp(index: int) -> str:
        carry, micro = divmod(start.microsecond + index, 1_000_000)
        prefix = prefixes.get(carry)
        if prefix is None:
            prefix = prefixes[carry] = (second + dt.timedelta(seconds=carry)).strftime("%Y-%m-%dT%H:%M:%S.")
        return f"{prefix}{micro:06d}Z"

    return stamp


class _FreshIds:
    """New ids for the rows of an import, made a thousand at a time."""

    def __init__(self) -> None:
        self._pool: builtins.list[str] = []

    def __call__(self) -> str:
        if not self._pool:
            self._pool = new_ids(1000)
        return self._pool.pop()


class _KnownIds:
    """Which records exist (and are not deleted), read once per table and target."""

    def __init__(self, conn):
        self.conn = conn
        self._cache: dict[str, set[str] | None] = {}
        self._added: dict[str, set[str]] = {}

    # Tables up to this size are read whole once; bigger ones are asked id by id, so a
    # batch of meetings does not read every one of 100,000 incident ids.
    WHOLE_TABLE = 20_000

    def has(self, table: str, record_id: str) -> bool:
        if record_id in self._added.get(table, ()):
            return True
        if table not in self._cache:
            count = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            self._cache[table] = {r[0] for r in self.conn.execute(
                f"SELECT id FROM {table} WHERE deleted_at IS NULL")} if count <= self.WHOLE_TABLE else None
        cached = self._cache[table]
        if cached is not None:
            return record_id in cached
        return self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL",
                                 (record_id,)).fetchone() is not None

    def add(self, table: str, record_id: str) -> None:
        self._added.setdefault(table, set()).add(record_id)


def _without_stamps(record: Record) -> Record:
    clone = copy(record)
    clone.updated_at = clone.updated_by = ""
    return clone


class AuthorityRepository(Repository[Authority]):
    def _extra_problems(self, record: Authority) -> list[Problem]:
        seen, current = {record.id}, record.superior_id
        while current:
            if current in seen:
                return [Problem("Superior", Message("vault.repository.would_make_chain_command"))]
            seen.add(current)
            row = self.conn.execute("SELECT superior_id FROM authorities WHERE id = ?", (current,)).fetchone()
            current = row[0] if row else None
        return []

    def chain_above(self, authority_id: str) -> list[Authority]:
        """The authority and its superiors, from it up to the top."""
        chain, seen = [], set()
        current: str | None = authority_id
        while current and current not in seen:
            seen.add(current)
            authority = self.get(current, include_deleted=True)
            chain.append(authority)
            current = authority.superior_id
        return chain


class CommitmentRepository(Repository[Commitment]):
    def _after_write(self, before, after) -> None:
        if before is None or before.status != after.status:
            self.conn.execute(
                "INSERT INTO commitment_history (commitment_id, changed_at, changed_by, old_status, "
                "new_status, note) VALUES (?,?,?,?,?,?)",
                (after.id, after.updated_at, after.updated_by, before.status if before else None,
                 after.status, after.status_note))

    def history(self, commitment_id: str) -> list[tuple[str, str, str | None, str, str]]:
        """(changed_at, changed_by, old_status, new_status, note), oldest first."""
        return list(self.conn.execute(
            "SELECT changed_at, changed_by, old_status, new_status, note FROM commitment_history "
            "WHERE commitment_id = ? ORDER BY seq", (commitment_id,)))


