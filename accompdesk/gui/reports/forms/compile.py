"""Regenerate reports/forms/ui_*.py from ui/report_*.ui.

    python -m accompdesk.gui.reports.forms.compile

The pattern of accompdesk.gui.forms.compile (the .ui files are the source of truth,
the generated modules are committed, a test regenerates and compares), kept to this
package's own forms so that the sets of forms never overwrite each other.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ...forms.compile import UI_DIR, _VERSION_LINE, uic_command

FORMS_DIR = Path(__file__).resolve().parent
PREFIXES = ("report_",)

HEADER = ("# Generated from ui/{name} by pyside6-uic. Do not edit: change the .ui file in Qt\n"
          "# Designer, then run `python -m accompdesk.gui.reports.forms.compile`.\n")


def generate(ui_file: Path) -> str:
    result = subprocess.run([*uic_command(), str(ui_file)], check=True, capture_output=True, text=True)
    body = _VERSION_LINE.sub("", result.stdout.replace("\r\n", "\n"))
    return HEADER.format(name=ui_file.name) + body


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def ui_files() -> list[Path]:
    return sorted(p for p in UI_DIR.glob("*.ui") if p.name.startswith(PREFIXES))


def main() -> int:
    for ui_file in ui_files():
        target_for(ui_file).write_text(generate(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
