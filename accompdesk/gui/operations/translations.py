"""Keeping operations_<lang>.ts up to date (developers, and the completeness test).

    python -m accompdesk.gui.operations.translations   # both .ts files, then both .qm

Spanish is translated in Qt Linguist; English carries only the plural forms, which
English source strings ("%n volunteer(s)") cannot say by themselves.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .i18n import CATALOG, LANGUAGES

PACKAGE = Path(__file__).resolve().parent
FOLDER = PACKAGE.parents[2] / "resources" / "translations"


def sources() -> list[str]:
    """Files whose strings belong in the catalogue: this package's code and its forms."""
    from .forms.compile import ui_files

    code = sorted(str(p) for p in PACKAGE.rglob("*.py") if not p.name.startswith("ui_"))
    return code + [str(p) for p in ui_files()]


def ts_file(language: str) -> Path:
    return FOLDER / f"{CATALOG}_{language}.ts"


def lupdate_command(ts: str, *, plurals_only: bool = False) -> list[str]:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    extra = ["-pluralonly"] if plurals_only else []
    return [str(tool), *sources(), "-ts", ts, "-no-obsolete", "-locations", "none", *extra]


def lrelease_command(ts: str, qm: str) -> list[str]:
    return [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", ts, "-qm", qm]


def english_plurals(source: str) -> tuple[str, str]:
    """("%n volunteer", "%n volunteers") from "%n volunteer(s)"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation.get("type") is None:
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_plurals(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    for language in LANGUAGES:
        ts = ts_file(language)
        subprocess.run(lupdate_command(str(ts), plurals_only=language == "en"), check=True)
        if language == "en":
            fill_english(ts)
        subprocess.run(lrelease_command(str(ts), str(ts.with_suffix(".qm"))), check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
