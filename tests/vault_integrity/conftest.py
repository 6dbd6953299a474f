"""What the integrity matrices tried, summed up at the end of the run."""

from __future__ import annotations

TRIED: dict[str, int] = {}


def pytest_terminal_summary(terminalreporter):
    if not TRIED:
        return
    crash = {k[len("crash "):]: v for k, v in TRIED.items() if k.startswith("crash ")}
    pairs = {k[len("pair "):]: v for k, v in TRIED.items() if k.startswith("pair ")}
    if crash:
        terminalreporter.write_line(
            f"crash points tried: {sum(crash.values())} ("
            + ", ".join(f"{k} {v}" for k, v in sorted(crash.items())) + ")")
    if pairs:
        terminalreporter.write_line(
            f"process pairs tried: {sum(pairs.values())} runs of {len(pairs)} pairs")
