"""Figures: a median against a baseline measured in the same run, and the target."""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import asdict, dataclass


@dataclass
class Figure:
    name: str
    median: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    p95: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.median / self.baseline

    def line(self) -> str:
        ratio = f"{self.ratio:6.2f}x" if self.ratio is not None else "      -"
        base = f"{self.baseline:10.3f}" if self.baseline is not None else "         -"
        p95 = f" p95 {self.p95:.3f}" if self.p95 is not None else ""
        verdict = {True: "met", False: "NOT MET", None: ""}[self.met]
        return (f"{self.name:<44} {self.median:10.3f} {self.unit:<6} base {base} ({self.baseline_name or '-'})"
                f" ratio {ratio}{p95}  target {self.target or '-'} {verdict}"
                + (f"  [{self.note}]" if self.note else ""))


def timed(fn, repeat: int = 5, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of each call after warm-up."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def timed_cpu(fn, repeat: int = 5, warmup: int = 1) -> tuple[list[float], list[float]]:
    """Wall-clock and process (CPU) seconds of each call after warm-up.

    On a machine shared with other work the wall clock waits for the processor; the
    process time is what the call itself cost, and stays comparable between runs."""
    for _ in range(warmup):
        fn()
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def write_json(figures: list[Figure], path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump([dict(asdict(f), ratio=f.ratio) for f in figures], fh, indent=2)
