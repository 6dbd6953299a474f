"""Regenerate forms/ui_*.py from ui/*.ui with pyside6-uic.

    python -m accompdesk.gui.forms.compile

The .ui files are the source of truth; the generated modules are committed so that
the application needs no build step, and a test regenerates and compares them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent
UI_DIR = FORMS_DIR.parents[2] / "ui"

HEADER = ("# Generated from ui/{name} by pyside6-uic. Do not edit: change the .ui file in Qt\n"
          "# Designer, then run `python -m accompdesk.gui.forms.compile`.\n")

# The Qt version stamp would make the files differ between machines for no reason.
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*\n", re.MULTILINE)


def uic_command() -> list[str]:
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    for candidate in (qt / "libexec" / "uic", qt / "libexec" / "uic.exe", Path(PySide6.__file__).parent / "uic.exe"):
        if candidate.exists():
            return [str(candidate), "-g", "python"]
    script = Path(sys.executable).parent / ("pyside6-uic.exe" if os.name == "nt" else "pyside6-uic")
    return [str(script)]


def generate(ui_file: Path) -> str:
    result = subprocess.run([*uic_command(), str(ui_file)], check=True, capture_output=True, text=True)
    body = _VERSION_LINE.sub("", result.stdout.replace("\r\n", "\n"))
    return HEADER.format(name=ui_file.name) + body


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


# The forms of the office window; other areas compile theirs into their own packages.
OWN_FORMS = ("incident_form.ui", "organisation_form.ui", "person_form.ui")


def ui_files() -> list[Path]:
    return [UI_DIR / name for name in OWN_FORMS]


def main() -> int:
    for ui_file in ui_files():
        target_for(ui_file).write_text(generate(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(FORMS_DIR.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
