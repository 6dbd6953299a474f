"""`python -m tests.perf [--scale N] [--repeat K] [--only NAME] [--json FILE] [--compare-tree DIR]`

Builds demo vaults once (cached by size and schema version in tests/perf/.cache),
runs each benchmark several times and prints one line per figure: name, median,
unit, baseline measured in the same run, ratio, target.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from . import bench_store  # noqa: E402
from .harness import write_json  # noqa: E402

BENCHMARKS = {
    "unlock": lambda a: bench_store.unlock(a.scale, a.repeat),
    "queries": lambda a: bench_store.encrypted_vs_plain(a.scale, a.repeat),
    "import": lambda a: bench_store.import_csv(a.import_rows, a.repeat),
}


def _optional():
    """Benchmarks of parts that may not be built yet are added when they import."""
    try:
        from . import bench_gui
        BENCHMARKS.update(bench_gui.BENCHMARKS)
    except ImportError as exc:
        print(f"(window benchmarks skipped: {exc})", file=sys.stderr)
    from . import bench_dedupe
    BENCHMARKS.update(bench_dedupe.BENCHMARKS)
    try:
        from . import bench_bundles
        BENCHMARKS.update(bench_bundles.BENCHMARKS)
    except ImportError as exc:
        print(f"(bundle benchmarks skipped: {exc})", file=sys.stderr)
    try:
        from . import bench_reports
        BENCHMARKS.update(bench_reports.BENCHMARKS)
    except ImportError as exc:
        print(f"(report benchmarks skipped: {exc})", file=sys.stderr)
    try:
        from . import bench_audience
        BENCHMARKS.update(bench_audience.BENCHMARKS)
    except ImportError as exc:
        print(f"(audience benchmarks skipped: {exc})", file=sys.stderr)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100_000, help="incidents in the demo vault")
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--only", action="append", help="run only these benchmarks")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--compare-tree", metavar="DIR",
                        help="another checkout of AccompDesk (an older commit) measured in the same run")
    args = parser.parse_args(argv)
    _optional()
    names = args.only or list(BENCHMARKS)
    figures = []
    start = time.perf_counter()
    for name in names:
        if name not in BENCHMARKS:
            parser.error(f"unknown benchmark {name}; choose from {', '.join(BENCHMARKS)}")
        for figure in BENCHMARKS[name](args):
            print(figure.line(), flush=True)
            figures.append(figure)
    print(f"({len(figures)} figures in {time.perf_counter() - start:.0f} s)")
    if args.json:
        write_json(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
