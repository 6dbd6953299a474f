"""The safety dialogs' own Qt translations (resources/translations/safety_<lang>.qm).

Kept apart from the window's translator so that the two files can be worked on at
the same time; installed beside it, and replaced when the language changes.
"""

from __future__ import annotations

from .. import i18n

# English has a catalogue too, for its plural forms ("1 entry", "2 entries").
_CATALOGUE = i18n.catalogue("safety")
install, ensure = _CATALOGUE.install, _CATALOGUE.ensure


# -- keeping the .ts file up to date (developers and the completeness test) -------------

def sources() -> list[str]:
    """Files whose strings belong in safety_<lang>.ts: this package's code and its forms."""
    from pathlib import Path

    package = Path(__file__).resolve().parent
    ui_dir = package.parents[2] / "ui"
    code = sorted(str(p) for p in package.glob("*.py"))
    forms = sorted(str(p) for p in ui_dir.glob("*.ui")
                   if p.name.startswith(("staff_", "audit_", "backup_", "restore_")))
    return code + forms


def lupdate_command(ts_file: str) -> list[str]:
    """pyside6-lupdate for these sources; then translate in Linguist and run pyside6-lrelease."""
    import sys
    from pathlib import Path

    tool = Path(sys.executable).parent / "pyside6-lupdate"
    return [str(tool), *sources(), "-ts", ts_file, "-no-obsolete", "-locations", "none"]
