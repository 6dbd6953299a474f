"""This package's translations (resources/translations/chain_<lang>.qm), loaded beside
the window's own.

English needs one too, for plurals only ("%n meeting(s)" reads "1 meeting", "2 meetings").
The window's i18n module loads `accompdesk_<lang>.qm`; the chain areas load theirs when
they are built, for whichever language the window is in, and replace it when it changes.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .. import i18n

LANGUAGES = ("en", "es")
_CATALOGUE = i18n.catalogue("chain")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure


# -- keeping the .ts files up to date (developers and the completeness test) -------------

PACKAGE = Path(__file__).resolve().parent


def sources() -> list[str]:
    """Files whose strings belong in chain_<lang>.ts: this package's code and its forms."""
    from .forms.compile import ui_files

    code = sorted(str(p) for p in PACKAGE.rglob("*.py") if not p.name.startswith("ui_"))
    return code + [str(p) for p in ui_files()]


def lupdate_command(ts_file: str, *, plurals_only: bool = False) -> list[str]:
    """pyside6-lupdate for these sources; then translate in Linguist and run pyside6-lrelease.

        python -m accompdesk.gui.chain.translations    # both .ts files, then both .qm
    """
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    extra = ["-pluralonly"] if plurals_only else []
    return [str(tool), *sources(), "-ts", ts_file, "-no-obsolete", "-locations", "none", *extra]


def lrelease_command(ts_file: str, qm_file: str) -> list[str]:
    return [str(Path(sys.executable).parent / "pyside6-lrelease"), ts_file, "-qm", qm_file]


def english_plurals(source: str) -> tuple[str, str]:
    """("%n authority", "%n authorities") from "%n authority(ies)": English needs no translator."""
    one = re.sub(r"y\(ies\)", "y", source).replace("(s)", "").replace("(es)", "")
    many = re.sub(r"y\(ies\)", "ies", source).replace("(s)", "s").replace("(es)", "es")
    return one, many


def fill_english(ts_file: Path) -> None:
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation.get("type") is None:
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_plurals(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def main() -> int:
    import subprocess

    folder = PACKAGE.parents[2] / "resources" / "translations"
    for language in LANGUAGES:
        ts = folder / f"chain_{language}.ts"
        subprocess.run(lupdate_command(str(ts), plurals_only=language == "en"), check=True)
        if language == "en":
            fill_english(ts)
        subprocess.run(lrelease_command(str(ts), str(ts.with_suffix(".qm"))), check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
