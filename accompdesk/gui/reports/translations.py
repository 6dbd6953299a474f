"""Keeping reports_es.ts up to date (developers, and the completeness test).

    python -m accompdesk.gui.reports.translations   # the .ts file, then the .qm

Spanish is translated in Qt Linguist (or by hand in the .ts file).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .i18n import CATALOG

PACKAGE = Path(__file__).resolve().parent
FOLDER = PACKAGE.parents[2] / "resources" / "translations"


def sources() -> list[str]:
    """Files whose strings belong in the catalogue: this package's code and its form."""
    from .forms.compile import ui_files

    code = sorted(str(p) for p in PACKAGE.rglob("*.py") if not p.name.startswith("ui_"))
    return code + [str(p) for p in ui_files()]


def ts_file(language: str = "es") -> Path:
    return FOLDER / f"{CATALOG}_{language}.ts"


def lupdate_command(ts: str) -> list[str]:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    return [str(tool), *sources(), "-ts", ts, "-no-obsolete", "-locations", "none"]


def lrelease_command(ts: str, qm: str) -> list[str]:
    return [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", ts, "-qm", qm]


def main() -> int:
    ts = ts_file("es")
    subprocess.run(lupdate_command(str(ts)), check=True)
    subprocess.run(lrelease_command(str(ts), str(ts.with_suffix(".qm"))), check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
