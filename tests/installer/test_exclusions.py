"""The bundle's exclusion list against what the code imports, and the files it drops.

If this fails because the program now imports another Qt module, move that module from
QT_MODULES_EXCLUDED to QT_MODULES_USED in installer/exclusions.py (and to the
self-test's QT_MODULES), or the bundle will not have it.
"""

from __future__ import annotations

import ast
import configparser
from pathlib import Path

import pytest

from accompdesk import selftest

from .helpers import INSTALLER, load

ROOT = Path(__file__).resolve().parents[2]
exclusions = load("exclusions")


def imported_names() -> dict[str, set[str]]:
    """Every module name imported anywhere in the package -> the files that import it."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "accompdesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for name in names:
                found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


def test_no_qt_module_the_program_imports_is_excluded():
    used = {name.split(".")[1] for name in imported_names() if name.startswith("PySide6.")}
    used.discard("__version__")
    assert used <= set(exclusions.QT_MODULES_USED), (
        f"not declared in installer/exclusions.py: {sorted(used - set(exclusions.QT_MODULES_USED))}")
    assert not used & set(exclusions.QT_MODULES_EXCLUDED)
    assert not set(exclusions.QT_MODULES_USED) & set(exclusions.QT_MODULES_EXCLUDED)


def test_the_self_test_imports_every_qt_module_the_bundle_keeps():
    assert tuple(selftest.QT_MODULES) == tuple(exclusions.QT_MODULES_USED)


def test_no_excluded_library_is_imported_by_the_program():
    imported = imported_names()
    for excluded in exclusions.OTHER_EXCLUDED:
        users = {f for name, files in imported.items()
                 if name == excluded or name.startswith(excluded + ".") for f in files}
        assert not users, f"{excluded} is excluded from the bundle but imported by {sorted(users)}"


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/translations/qtbase_es.qm",
    "PySide6/Qt/translations/qtbase_en.qm",
    "PySide6\\translations\\qtbase_es.qm",  # the Windows layout
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "accompdesk/resources/translations/accompdesk_es.qm",
])
def test_kept(dest):
    assert exclusions.why_dropped(dest) is None


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qt_es.qm",
    "PySide6/Qt/translations/designer_es.qm",
    "PySide6\\translations\\qtdeclarative_es.qm",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/plugins/imageformats/qpdf.dll",
    "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "libQt6Network.so.6",
])
def test_dropped(dest):
    assert exclusions.why_dropped(dest)


def test_the_installer_scripts_parse():
    for name in ("accompdesk.spec", "build.py", "icons.py", "exclusions.py"):
        ast.parse((INSTALLER / name).read_text(encoding="utf-8"), name)


def test_the_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(INSTALLER / "accompdesk.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Exec"] == "accompdesk" and main["TryExec"] == "accompdesk"  # install.sh rewrites both
    assert main["Icon"] == load("icons").NAME
    assert main["Terminal"] == "false"
    for action in main["Actions"].strip(";").split(";"):
        assert entry[f"Desktop Action {action}"]["Exec"].startswith("accompdesk ")
