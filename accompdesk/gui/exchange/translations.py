"""The exchange dialogs' Spanish (resources/translations/exchange_es.qm), loaded beside the
window's own for whichever language the window is in.

    python -m accompdesk.gui.exchange.translations   # refresh exchange_es.ts, then the .qm
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import i18n

PACKAGE = Path(__file__).resolve().parent
_CATALOGUE = i18n.catalogue("exchange")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure


def main() -> int:
    import subprocess

    tools = Path(sys.executable).parent
    ts = PACKAGE.parents[2] / "resources" / "translations" / "exchange_es.ts"
    sources = sorted(str(p) for p in PACKAGE.glob("*.py"))
    subprocess.run([str(tools / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete",
                    "-locations", "none"], check=True)
    subprocess.run([str(tools / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
