"""The vault: unlock, encrypted against plain SQLite, import."""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import tempfile
import time
import uuid

from accompdesk.vault.connection import connect
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from . import vaults
from .harness import Figure, median, p95, timed

# The queries the lists, search and reports use, as the repositories write them.
QUERIES = {
    "incident list page (sorted by date, deep offset)":
        "SELECT id, summary, occurred_on, kind, region FROM incidents WHERE deleted_at IS NULL "
        "ORDER BY occurred_on DESC, id DESC LIMIT 100 OFFSET 50000",
    "incident count by kind and region filter":
        "SELECT count(*) FROM incidents WHERE deleted_at IS NULL AND kind = 'threat' "
        "AND occurred_on BETWEEN '2024-01-01' AND '2025-12-31'",
    "full-text search (prefix, two words)":
        "SELECT d.record_table, d.record_id FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid "
        "WHERE search_fts MATCH '\"amenaz\"* \"vered\"*' ORDER BY rank LIMIT 100",
    "defender timeline (incidents of one person)":
        "SELECT i.id, i.occurred_on, i.summary FROM incidents i JOIN incidents__affected_persons l "
        "ON l.owner_id = i.id WHERE l.target_id = (SELECT id FROM persons ORDER BY id LIMIT 1) "
        "ORDER BY i.occurred_on",
    "statistics: incidents per month and kind, one year":
        "SELECT substr(occurred_on, 1, 7), kind, count(*) FROM incidents WHERE deleted_at IS NULL "
        "AND occurred_on >= '2025-01-01' AND occurred_on < '2026-01-01' GROUP BY 1, 2",
    "full scan: every incident description length":
        "SELECT sum(length(description)) FROM incidents",
}


def unlock(scale: int, repeat: int) -> list[Figure]:
    path, _ = vaults.ensure(scale)
    samples = timed(lambda: Vault.open(path, passphrase=vaults.PASSPHRASE).close(), repeat=repeat)
    raw_key = Vault.open(path, passphrase=vaults.PASSPHRASE).raw_key
    keyed = timed(lambda: connect(path, raw_key).close(), repeat=repeat)
    return [Figure(f"unlock: passphrase to open vault ({scale:,} incidents)", median(samples), "s",
                   median(keyed), "raw key connect only", target="<= 1 s (to main window)",
                   met=median(samples) <= 1.0, note="Argon2id calibrated to ~0.5 s is most of it")]


def encrypted_vs_plain(scale: int, repeat: int) -> list[Figure]:
    path, plain_path = vaults.ensure(scale)
    vault = Vault.open(path, passphrase=vaults.PASSPHRASE)
    plain = vaults.open_plain(plain_path)
    figures = []
    try:
        for name, sql in QUERIES.items():
            enc = timed(lambda: vault.conn.execute(sql).fetchall(), repeat=repeat, warmup=2)
            base = timed(lambda: plain.execute(sql).fetchall(), repeat=repeat, warmup=2)
            ratio = median(enc) / median(base) if median(base) else None
            figures.append(Figure(f"query: {name}", median(enc) * 1000, "ms", median(base) * 1000,
                                  "plain SQLite", p95=p95(enc) * 1000, target="<= 1.3x",
                                  met=ratio is not None and ratio <= 1.3))
        # The same queries on a cold cache: every page decrypted once.
        def cold(conn_factory, sql):
            conn = conn_factory()
            start = time.perf_counter()
            conn.execute(sql).fetchall()
            elapsed = time.perf_counter() - start
            conn.close()
            return elapsed
        sql = QUERIES["full scan: every incident description length"]
        raw = vault.raw_key
        enc_cold = [cold(lambda: connect(path, raw), sql) for _ in range(repeat)]
        base_cold = [cold(lambda: vaults.open_plain(plain_path), sql) for _ in range(repeat)]
        figures.append(Figure("query: full scan, cold cache (every page decrypted)", median(enc_cold) * 1000,
                              "ms", median(base_cold) * 1000, "plain SQLite", target="(informative)"))
    finally:
        vault.close()
        plain.close()
    return figures


def _incident_csv(rows: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "summary", "occurred_on", "kind", "place", "region", "description"])
    kinds = ["threat", "attack", "surveillance", "stigmatisation", "detention", "raid"]
    for i in range(rows):
        writer.writerow([str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"Amenaza número {i}",
                         f"20{15 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}", rng.choice(kinds),
                         f"Vereda {i % 301}", "Cauca", f"Descripción ficticia {i}, con tildes: áéíóú ñ."])
    return out.getvalue().encode("utf-8")


def import_csv(rows: int, repeat: int) -> list[Figure]:
    from accompdesk.exchange.canonical import import_csv as do_import

    data = _incident_csv(rows)

    def ours():
        with tempfile.TemporaryDirectory() as folder:
            vault, _ = Vault.create(f"{folder}/v.vault", "bench", "benchmark passphrase", kdf=FAST_KDF)
            start = time.perf_counter()
            do_import(vault, "incidents", data)
            elapsed = time.perf_counter() - start
            vault.close()
            return elapsed

    def floor():
        # Parse the same CSV and insert the same rows into plain SQLite: what any import pays.
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE incidents (id, summary, occurred_on, kind, place, region, description)")
        start = time.perf_counter()
        rows_read = list(csv.reader(io.StringIO(data.decode("utf-8"))))[1:]
        conn.executemany("INSERT INTO incidents VALUES (?,?,?,?,?,?,?)", rows_read)
        conn.commit()
        return time.perf_counter() - start

    samples = [ours() for _ in range(max(1, repeat // 2))]
    base = [floor() for _ in range(max(1, repeat // 2))]
    return [Figure(f"import {rows:,} incidents from CSV", median(samples), "s", median(base),
                   "csv + plain SQLite insert", target="<= 5 s", met=median(samples) <= 5.0),
            Figure(f"import {rows:,} incidents: rows per second", rows / median(samples), "rows/s",
                   rows / median(base), "csv + plain SQLite insert")]
