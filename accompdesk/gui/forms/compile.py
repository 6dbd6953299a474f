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


class FormSet:
    """One package's forms: which ui/*.ui files it compiles, into which folder. Each area
    keeps its own set, so that the sets of forms never overwrite each other."""

    def __init__(self, module: str, forms_dir: Path, *, names: tuple[str, ...] = (),
                 prefixes: tuple[str, ...] = ()):
        self.module = module
        self.forms_dir = forms_dir
        self.names = names
        self.prefixes = prefixes

    def generate(self, ui_file: Path) -> str:
        result = subprocess.run([*uic_command(), str(ui_file)], check=True, capture_output=True, text=True)
        body = _VERSION_LINE.sub("", result.stdout.replace("\r\n", "\n"))
        return ("# Generated from ui/{name} by pyside6-uic. Do not edit: change the .ui file in Qt\n"
                f"# Designer, then run `python -m {self.module}`.\n").format(name=ui_file.name) + body

    def target_for(self, ui_file: Path) -> Path:
        return self.forms_dir / f"ui_{ui_file.stem}.py"

    def ui_files(self) -> list[Path]:
        if self.names:
            return [UI_DIR / name for name in self.names]
        return sorted(p for p in UI_DIR.glob("*.ui") if p.name.startswith(self.prefixes))

    def main(self) -> int:
        for ui_file in self.ui_files():
            self.target_for(ui_file).write_text(self.generate(ui_file), encoding="utf-8")
            print(f"{ui_file.name} -> {self.target_for(ui_file).relative_to(UI_DIR.parent)}")
        return 0


# The forms of the office window; other areas compile theirs into their own packages.
FORMS = FormSet("accompdesk.gui.forms.compile", FORMS_DIR,
                names=("incident_form.ui", "organisation_form.ui", "person_form.ui"))
generate, target_for, ui_files, main = FORMS.generate, FORMS.target_for, FORMS.ui_files, FORMS.main


if __name__ == "__main__":
    sys.exit(main())
