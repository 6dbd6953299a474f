"""Keep the translations in step with the code.

    python -m tools.translations                  # every catalogue: .ts from the sources, then .qm
    python -m tools.translations chain safety     # only these

`accompdesk_es.ts` is the window's Spanish translation (edit it in Qt Linguist);
`accompdesk_en.ts` holds only English plural forms ("1 person", "2 persons"). The areas
in their own packages (chain, operations, safety, exchange, reports) keep their own
catalogues, `<area>_<lang>.ts`, beside it in accompdesk/resources/translations.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .forms import SETS as FORM_SETS

ROOT = Path(__file__).resolve().parents[1]
GUI_DIR = ROOT / "accompdesk" / "gui"
TS_DIR = ROOT / "accompdesk" / "resources" / "translations"
LANGUAGES = {"es": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    for candidate in (qt / "libexec" / name, qt / "bin" / name, Path(PySide6.__file__).parent / name,
                      Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return str(Path(sys.executable).parent / f"pyside6-{name}")


# Which modules each catalogue reads, by path under accompdesk/gui. A catalogue follows
# the classes whose strings it holds (a Qt context is a class name), wherever they live;
# every window module with tr() is in exactly one (tests/gui/test_translations.py).
WINDOW_SOURCES = (
    "*.py", "areas/__init__.py", "areas/duplicates/view.py", "areas/persons/*.py", "areas/organisations/*.py",
    "areas/incidents/*.py", "areas/offices/*.py", "areas/search/*.py",
    "areas/trash/*.py", "common/background.py", "common/crash.py", "common/dates.py", "common/field_help.py",
    "common/filters.py", "common/formatting.py", "common/forms/*.py", "common/i18n.py", "common/icons.py",
    "common/list_view.py", "common/lookups.py", "common/messages.py", "common/models/*.py", "common/notice.py",
    "common/passphrase_strength.py", "common/placeholder.py", "common/pyside_workaround.py",
    "common/record_list.py", "common/save_places.py", "common/settings.py", "common/widgets/*.py",
    "dialogs/emergency_sheet.py", "dialogs/first_run.py", "dialogs/guide.py", "dialogs/office_page.py",
    "dialogs/preferences.py", "dialogs/unlock.py",
)
AREA_SOURCES = {
    "chain": ("areas/authorities/*.py", "areas/escalation/*.py", "areas/followups/*.py", "areas/meetings/*.py",
              "common/catalogues/chain.py", "common/chain/*.py", "common/heading.py",
              "common/widgets/links_editor.py"),
    "exchange": ("common/catalogues/exchange.py", "common/exchange_worker.py", "dialogs/exchange.py",
                 "dialogs/export_dialog.py", "dialogs/import_wizard.py", "dialogs/value_map.py"),
    "operations": ("areas/alerts/*.py", "areas/checkins/*.py", "areas/roster/*.py", "areas/volunteers/*.py",
                   "common/catalogues/operations.py", "common/forms/extra_bindings.py", "common/operations/*.py"),
    "reports": ("areas/reports/*.py", "common/catalogues/reports.py"),
    "safety": ("common/catalogues/safety.py", "common/safety_texts.py", "common/safety_work.py",
               "dialogs/__init__.py", "dialogs/audit_log.py", "dialogs/audit_model.py",
               "dialogs/backup.py", "dialogs/backup_drives.py", "dialogs/backup_reminder.py", "dialogs/damaged.py",
               "dialogs/known_backups.py", "dialogs/recovery_key.py", "dialogs/restore.py",
               "dialogs/safety_actions.py", "dialogs/staff.py", "dialogs/staff_forms.py",
               "dialogs/unlock_attempts.py"),
}


def _files(patterns, exclude=()) -> list[Path]:
    found = {p for pattern in patterns for p in GUI_DIR.glob(pattern)}
    claimed = {p for pattern in exclude for p in GUI_DIR.glob(pattern)}
    return sorted(p for p in found - claimed if not p.name.startswith("ui_"))


def sources() -> list[str]:
    """Python modules with tr() (generated forms left out: their .ui files are read instead)."""
    others = [pattern for patterns in AREA_SOURCES.values() for pattern in patterns]
    found = _files(WINDOW_SOURCES, exclude=others)
    return [str(p) for p in found] + [str(p) for p in FORM_SETS["window"].ui_files()]


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


def english_plurals(source: str) -> tuple[str, str]:
    """("%n authority", "%n authorities") from "%n authority(ies)": English needs no translator."""
    one = re.sub(r"y\(ies\)", "y", source).replace("(s)", "").replace("(es)", "")
    many = re.sub(r"y\(ies\)", "ies", source).replace("(s)", "s").replace("(es)", "es")
    return one, many


class AreaTranslations:
    """Keeping one area's `<name>_<lang>.ts` in step with its code and Designer forms.
    Spanish is translated in Qt Linguist; English, where an area has it, carries only the
    plural forms, filled in from the source strings."""

    def __init__(self, name: str, patterns: tuple[str, ...], languages: tuple[str, ...] = ("es",), ui_files=None):
        self.name = name
        self.patterns = patterns
        self.languages = languages
        self._ui_files = ui_files or (lambda: [])

    def sources(self) -> list[str]:
        """Files whose strings belong in the catalogue: its modules and its forms."""
        code = [str(p) for p in _files(self.patterns)]
        return code + [str(p) for p in self._ui_files()]

    def ts_file(self, language: str = "es") -> Path:
        return TS_DIR / f"{self.name}_{language}.ts"

    def lupdate_command(self, ts: str, *, plurals_only: bool = False) -> list[str]:
        lupdate = Path(sys.executable).parent / "pyside6-lupdate"
        extra = ["-pluralonly"] if plurals_only else []
        return [str(lupdate), *self.sources(), "-ts", ts, "-no-obsolete", "-locations", "none", *extra]

    def lrelease_command(self, ts: str, qm: str) -> list[str]:
        return [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", ts, "-qm", qm]

    def fill_english(self, ts: Path) -> None:
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

    def main(self) -> int:
        for language in self.languages:
            ts = self.ts_file(language)
            subprocess.run(self.lupdate_command(str(ts), plurals_only=language == "en"), check=True)
            if language == "en":
                self.fill_english(ts)
            subprocess.run(self.lrelease_command(str(ts), str(ts.with_suffix(".qm"))), check=True)
        return 0


# Qt's own strings that its Spanish catalogue lacks, kept by hand (lupdate has no sources for them).
QT_EXTRA = ("qt_extra_es.ts",)


def _window() -> int:
    for language in LANGUAGES:
        release(update(language))
        print(ts_file(language).relative_to(ROOT))
    for name in QT_EXTRA:
        release(TS_DIR / name)
    return 0


def _area(name: str, languages: tuple[str, ...] = ("es",)) -> AreaTranslations:
    forms = FORM_SETS.get(name)
    return AreaTranslations(name, AREA_SOURCES[name], languages, ui_files=forms.ui_files if forms else None)


# The areas' catalogues; the window's own is `accompdesk` (update, release above).
CATALOGUES = {
    "chain": _area("chain", ("en", "es")),
    "exchange": _area("exchange"),
    "operations": _area("operations", ("en", "es")),
    "reports": _area("reports"),
    "safety": _area("safety", ("en", "es")),
}


def main(argv: list[str] | None = None) -> int:
    names = (sys.argv[1:] if argv is None else argv) or ["accompdesk", *CATALOGUES]
    unknown = [n for n in names if n != "accompdesk" and n not in CATALOGUES]
    if unknown:
        print(f"unknown catalogue {', '.join(unknown)}; choose from accompdesk, {', '.join(CATALOGUES)}",
              file=sys.stderr)
        return 2
    for name in names:
        if name == "accompdesk":
            _window()
        else:
            CATALOGUES[name].main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
