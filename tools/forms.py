"""Regenerate the window's compiled forms (ui_*.py) from their Designer files.

    python -m tools.forms                 # every set of forms
    python -m tools.forms chain safety    # only these sets

The .ui files in accompdesk/resources/forms are the source of truth; the generated
modules are committed so that the application needs no build step, and tests
regenerate and compare them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "accompdesk" / "resources" / "forms"
GUI_DIR = ROOT / "accompdesk" / "gui"

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


# Where each form's generated module lands: the `ui/` folder of the area or of the
# dialogs that use it.
TARGETS = {
    "person_form.ui": "areas/persons/ui",
    "organisation_form.ui": "areas/organisations/ui",
    "incident_form.ui": "areas/incidents/ui",
    "authority_form.ui": "areas/authorities/ui",
    "authority_official_form.ui": "areas/authorities/ui",
    "meeting_form.ui": "areas/meetings/ui",
    "commitment_form.ui": "areas/meetings/ui",
    "volunteer_form.ui": "areas/volunteers/ui",
    "accompaniment_form.ui": "areas/roster/ui",
    "checkin_schedule_form.ui": "areas/checkins/ui",
    "alert_form.ui": "areas/alerts/ui",
    "report_options.ui": "areas/reports/ui",
    "audit_log.ui": "dialogs/ui",
    "backup_damaged.ui": "dialogs/ui",
    "backup_dialog.ui": "dialogs/ui",
    "restore_wizard.ui": "dialogs/ui",
    "staff_add.ui": "dialogs/ui",
    "staff_dialog.ui": "dialogs/ui",
    "staff_passphrase.ui": "dialogs/ui",
    "staff_recovery_key.ui": "dialogs/ui",
}


def generate(ui_file: Path) -> str:
    """The Python module pyside6-uic makes of `ui_file`, as it is committed."""
    result = subprocess.run([*uic_command(), str(ui_file)], check=True, capture_output=True, text=True)
    body = _VERSION_LINE.sub("", result.stdout.replace("\r\n", "\n"))
    return (f"# Generated from accompdesk/resources/forms/{ui_file.name} by pyside6-uic. Do not edit:\n"
            "# change the .ui file in Qt Designer, then run `python -m tools.forms`.\n") + body


def target_for(ui_file: Path) -> Path:
    return GUI_DIR / TARGETS[ui_file.name] / f"ui_{ui_file.stem}.py"


class FormSet:
    """A set of forms compiled together (and named on the command line): which .ui files,
    each into the `ui/` folder of the area or dialogs that use it (TARGETS)."""

    generate = staticmethod(generate)
    target_for = staticmethod(target_for)

    def __init__(self, *, names: tuple[str, ...] = (), prefixes: tuple[str, ...] = ()):
        self.names = names
        self.prefixes = prefixes

    def ui_files(self) -> list[Path]:
        if self.names:
            return [UI_DIR / name for name in self.names]
        return sorted(p for p in UI_DIR.glob("*.ui") if p.name.startswith(self.prefixes))

    def compile(self) -> None:
        for ui_file in self.ui_files():
            self.target_for(ui_file).write_text(self.generate(ui_file), encoding="utf-8")
            print(f"{ui_file.name} -> {self.target_for(ui_file).relative_to(ROOT)}")


SETS = {
    "window": FormSet(names=("incident_form.ui", "organisation_form.ui", "person_form.ui")),
    "chain": FormSet(prefixes=("meeting", "commitment", "authority")),
    "operations": FormSet(prefixes=("volunteer", "accompaniment", "checkin", "alert")),
    "reports": FormSet(prefixes=("report_",)),
    "safety": FormSet(prefixes=("staff_", "audit_", "backup_", "restore_")),
}


def main(argv: list[str] | None = None) -> int:
    names = (sys.argv[1:] if argv is None else argv) or list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"unknown set of forms {', '.join(unknown)}; choose from {', '.join(SETS)}", file=sys.stderr)
        return 2
    for name in names:
        SETS[name].compile()
    return 0


if __name__ == "__main__":
    sys.exit(main())
