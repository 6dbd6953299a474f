"""Keep the translations in step with the code.

    python -m accompdesk.gui.translations_build      # update .ts from the sources, compile .qm

`accompdesk_es.ts` is the Spanish translation (edit it in Qt Linguist);
`accompdesk_en.ts` holds only English plural forms ("1 person", "2 persons").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GUI_DIR = Path(__file__).resolve().parent
ROOT = GUI_DIR.parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"es": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    for candidate in (qt / "libexec" / name, qt / "bin" / name, Path(PySide6.__file__).parent / name,
                      Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return str(Path(sys.executable).parent / f"pyside6-{name}")


# This catalogue covers the office window itself; the areas in their own packages
# (chain, operations, safety, exchange) keep their own catalogues and forms.
OWN_PACKAGES = ("models", "records", "views", "widgets")


def sources() -> list[str]:
    """Python modules with tr() (generated forms left out: their .ui files are read instead)."""
    found = sorted(GUI_DIR.glob("*.py"))
    for package in OWN_PACKAGES:
        found += sorted((GUI_DIR / package).rglob("*.py"))
    from .forms.compile import ui_files

    return [str(p) for p in found] + [str(p) for p in ui_files()]


def ts_file(language: str) -> Path:
    return TS_DIR / f"accompdesk_{language}.ts"


def update(language: str, target: Path | None = None) -> Path:
    target = target or ts_file(language)
    subprocess.run([tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *LANGUAGES[language],
                    "-target-language", language, *sources(), "-ts", str(target)],
                   check=True, capture_output=True)
    return target


def release(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main() -> int:
    for language in LANGUAGES:
        release(update(language))
        print(ts_file(language).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
