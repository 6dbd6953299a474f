"""`python -m tests.exchange.perf_import [--rows N] [--repeat K]`: import timings.

Not a test (pytest does not collect it): the figures for issue 7's "50,000 incidents
from a semicolon-separated Windows-1252 file with Spanish headers in under 5 s".
Each run imports into a fresh vault in a temporary folder; the timing starts after
the vault exists and ends when the transaction has committed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time

from accompdesk.exchange import canonical, importer
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from tests.perf.bench_store import _incident_csv

KINDS_ES = ["Amenaza", "Atentado", "Seguimiento", "Estigmatización", "Detención arbitraria", "Allanamiento"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def spanish_csv(rows: int, seed: int = 7) -> bytes:
    """What Spanish-language Excel saves: semicolons, Windows-1252, day-first dates, CRLF."""
    rng = random.Random(seed)
    lines = ["Fecha del hecho;Resumen;Tipo de agresión;Lugar;Región;Descripción;Gravedad"]
    for i in range(rows):
        day, month, year = 1 + i % 28, 1 + i % 12, 2015 + i % 10
        date = (f"{day} de {MESES[month - 1]} de {year}" if i % 5 == 0 else f"{day:02d}/{month:02d}/{year}")
        lines.append(f"{date};Amenaza número {i};{rng.choice(KINDS_ES)};Vereda {i % 301};Cauca;"
                     f"\"Descripción ficticia {i}; con tildes: áéíóú ñ, y “comillas”.\";Alta")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def _timed(work) -> tuple[float, float]:
    """(wall seconds, CPU seconds): on a shared machine the CPU time is the steadier figure."""
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(f"{folder}/v.vault", "bench", "benchmark passphrase", kdf=FAST_KDF)
        try:
            start, cpu = time.perf_counter(), time.process_time()
            work(vault)
            return time.perf_counter() - start, time.process_time() - cpu
        finally:
            vault.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.exchange.perf_import")
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    canonical_data = _incident_csv(args.rows)
    spanish_data = spanish_csv(args.rows)
    cases = {
        "canonical CSV, canonical.import_csv (the foundation's path)":
            lambda v: canonical.import_csv(v, "incidents", canonical_data),
        "canonical CSV, importer (what the CLI runs now)":
            lambda v: importer.import_file(v, "incidents", canonical_data, "incidents.csv"),
        "Spanish Excel CSV (;, Windows-1252, Spanish headers and months), importer":
            lambda v: importer.import_file(v, "incidents", spanish_data, "incidentes.csv"),
    }
    for name, work in cases.items():
        samples = [_timed(work) for _ in range(args.repeat)]
        wall = [w for w, _ in samples]
        cpu = [c for _, c in samples]
        print(f"{name}: median {statistics.median(wall):.2f} s wall, {statistics.median(cpu):.2f} s CPU "
              f"(runs: {', '.join(f'{w:.2f}' for w in wall)}) for {args.rows:,} rows", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
