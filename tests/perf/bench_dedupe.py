"""Possible duplicates among 10,000 persons, and importing 50,000 incidents from a
Windows-1252 spreadsheet, each against a baseline measured in the same run.

    python -m tests.perf --only duplicates --only import-cp1252
"""

from __future__ import annotations

import csv
import io
import sqlite3
import tempfile
import time

from accompdesk.domain import dedupe
from accompdesk.domain.records import Person
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from .harness import Figure, median


def cpu_timed(fn, repeat: int) -> list[float]:
    """CPU seconds of each call after one warm-up: eight programs share two cores here,
    and wall time measured the neighbours more than the code."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        samples.append(time.process_time() - start)
    return samples

PERSONS = 10_000


def finder(repeat: int) -> list[Figure]:
    from accompdesk.services import dedupe as service
    from tests.duplicates.generated import population

    candidates, _truth = population(persons=PERSONS - 600, copies=300, near=300)

    def fold_and_sort():
        # What any look at every name pays: fold each once and sort them.
        sorted(dedupe.words(c.name) for c in candidates)

    def find():
        dedupe._WORD_SCORES.clear()  # each run starts cold
        dedupe.find(candidates)

    ours = cpu_timed(find, repeat)
    base = cpu_timed(fold_and_sort, repeat)
    figures = [Figure(f"duplicates among {len(candidates):,} persons (scoring, CPU)", median(ours), "s",
                      median(base), "fold and sort every name", target="< 2 s", met=median(ours) < 2.0)]
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(f"{folder}/v.vault", "bench", "benchmark passphrase", kdf=FAST_KDF)
        try:
            vault.persons.add_many(Person(full_name=c.name, region=c.region) for c in candidates)

            def from_vault():
                dedupe._WORD_SCORES.clear()
                service.find(vault, "persons")

            def read_names():
                list(vault.conn.execute("SELECT id, full_name, alias, region FROM persons"))

            ours = cpu_timed(from_vault, repeat)
            base = cpu_timed(read_names, repeat)
        finally:
            vault.close()
    figures.append(Figure(f"duplicates among {len(candidates):,} persons (from the vault, CPU)", median(ours), "s",
                          median(base), "read the names", target="< 2 s", met=median(ours) < 2.0))
    return figures


def import_cp1252(rows: int, repeat: int) -> list[Figure]:
    """CPU seconds on every side: eight programs share two cores here, and wall time
    measured the neighbours more than the import.

    Three baselines, each measured in this run: the plain-SQLite floor the goal names;
    the same inserts into an empty SQLCipher database (what encryption alone costs);
    and every row this import stores (records, search index, audit entries, change
    log) inserted as prepared rows into a fresh vault: the encrypted writes alone, so
    that what remains is the program's own work.
    """
    from accompdesk.exchange import importer
    from accompdesk.vault.connection import connect
    from tests.exchange.perf_import import spanish_csv

    data = spanish_csv(rows)
    stored: dict[str, list] = {}

    def ours():
        with tempfile.TemporaryDirectory() as folder:
            vault, _ = Vault.create(f"{folder}/v.vault", "bench", "benchmark passphrase", kdf=FAST_KDF)
            try:
                before = _written(vault.conn, {})
                start = time.process_time()
                importer.import_file(vault, "incidents", data, "incidentes.csv")
                elapsed = time.process_time() - start
                if not stored:
                    stored.update(_written(vault.conn, before))
                return elapsed
            finally:
                vault.close()

    def floor():
        # Decode the same file, read it as CSV and insert every row into plain SQLite.
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE incidents (occurred_on, summary, kind, place, region, description, severity)")
        start = time.process_time()
        read = list(csv.reader(io.StringIO(data.decode("cp1252")), delimiter=";"))[1:]
        conn.executemany("INSERT INTO incidents VALUES (?,?,?,?,?,?,?)", read)
        conn.commit()
        return time.process_time() - start

    def floor_encrypted():
        # The same, into an empty SQLCipher file with a raw key, as the vault opens its own.
        with tempfile.TemporaryDirectory() as folder:
            conn = connect(f"{folder}/plain.db", b"\x01" * 32, create=True)
            try:
                conn.execute("CREATE TABLE incidents (occurred_on, summary, kind, place, region, description, "
                             "severity)")
                start = time.process_time()
                read = list(csv.reader(io.StringIO(data.decode("cp1252")), delimiter=";"))[1:]
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO incidents VALUES (?,?,?,?,?,?,?)", read)
                conn.execute("COMMIT")
                return time.process_time() - start
            finally:
                conn.close()

    def vault_writes():
        # What the import stores, as prepared rows, into a fresh vault in one transaction.
        with tempfile.TemporaryDirectory() as folder:
            vault, _ = Vault.create(f"{folder}/v.vault", "bench", "benchmark passphrase", kdf=FAST_KDF)
            try:
                conn = vault.conn
                start = time.process_time()
                with vault.transaction():
                    for table, (names, values) in stored.items():
                        conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) "
                                         f"VALUES ({','.join('?' * len(names))})", values)
                return time.process_time() - start
            finally:
                vault.close()

    samples, base, enc, writes = [], [], [], []
    for _ in range(max(1, repeat // 2)):
        samples.append(ours())
        base += [floor(), floor()]
        enc.append(floor_encrypted())
        writes.append(vault_writes())
    ratio = median(samples) / median(base)
    return [Figure(f"import {rows:,} incidents, cp1252 CSV (CPU)", median(samples), "s", median(base),
                   "cp1252 csv + plain SQLite insert", target="<= 10x", met=ratio <= 10),
            Figure("  the same csv + insert into empty SQLCipher (CPU)", median(enc), "s", median(base),
                   "cp1252 csv + plain SQLite insert", target="(informative)"),
            Figure("  the import's rows written alone into a vault (CPU)", median(writes), "s", median(base),
                   "cp1252 csv + plain SQLite insert", target="(informative)"),
            Figure("  the import against its own rows written alone (CPU)", median(samples), "s",
                   median(writes), "the import's rows written alone", target="(informative)")]


def _written(conn, before: dict) -> dict[str, tuple[list[str], list]]:
    """Every row the import added to the tables it writes: {table: (columns, rows)}."""
    out = {}
    for table, key in (("incidents", "rowid"), ("search_docs", "rowid"), ("search_fts", "rowid"),
                       ("audit_log", "seq"), ("change_vectors", "id"), ("changes", "n")):
        last = before.get(table, (None, 0))[1] if before else 0
        names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        if table in ("search_docs", "search_fts"):
            names = ["rowid"] + [n for n in names if n != "rowid"]
        if not before:
            top = conn.execute(f"SELECT coalesce(max({key}), 0) FROM {table}").fetchone()[0]
            out[table] = (names, top)
            continue
        out[table] = (names, conn.execute(f"SELECT {', '.join(names)} FROM {table} WHERE {key} > ? "
                                          f"ORDER BY {key}", (last,)).fetchall())
    return out


BENCHMARKS = {
    "duplicates": lambda a: finder(a.repeat),
    "import-cp1252": lambda a: import_cp1252(a.import_rows, a.repeat),
}
