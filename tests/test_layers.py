"""The layers of DESIGN.md, checked by reading every module's imports."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "accompdesk"
STDLIB = set(sys.stdlib_module_names)


def _resolve(source: str, package: str) -> list[str]:
    """Absolute module names imported by `source`, a module of `package`.

    Relative imports are resolved, and every imported name is kept as a possible
    module too: `from .. import reports` imports accompdesk.reports, and
    `from PySide6 import QtWidgets` imports PySide6.QtWidgets."""
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.append(module)
            names.extend(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def _imports(path: pathlib.Path) -> list[str]:
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    return _resolve(path.read_text(encoding="utf-8"), package)


@pytest.mark.parametrize("source, package, wanted", [
    ("from .. import reports", "accompdesk.gui", "accompdesk.reports"),
    ("from . import reports", "accompdesk.gui", "accompdesk.gui.reports"),
    ("from ..reports import model", "accompdesk.exchange", "accompdesk.reports.model"),
    ("from ...gui import icons", "accompdesk.reports.pdf", "accompdesk.gui.icons"),
    ("from .forms import ui_x as ui", "accompdesk.gui.chain", "accompdesk.gui.chain.forms.ui_x"),
    ("from PySide6 import QtWidgets", "accompdesk.vault", "PySide6.QtWidgets"),
    ("import PySide6.QtCore as qc", "accompdesk.reports", "PySide6.QtCore"),
    ("def f():\n    from .. import gui\n", "accompdesk.vault", "accompdesk.gui"),
])
def test_imports_of_every_form_are_resolved(source, package, wanted):
    assert wanted in _resolve(source, package)


def _modules(sub: str):
    return sorted((PACKAGE / sub).rglob("*.py")) if (PACKAGE / sub).is_dir() else []


@pytest.mark.parametrize("path", _modules("domain"), ids=lambda p: p.name)
def test_domain_imports_only_the_standard_library_and_itself(path):
    for name in _imports(path):
        top = name.split(".")[0]
        assert top in STDLIB or name.startswith("accompdesk.domain"), f"{path.name} imports {name}"


# The program's entry point starts the window, and the bundle's self-test opens every form.
FACES_ALLOWED = {"app.py", "selftest.py"}


def _below_gui():
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "gui" not in p.relative_to(PACKAGE).parts
            and p.relative_to(PACKAGE).as_posix() not in FACES_ALLOWED]


@pytest.mark.parametrize("path", _below_gui(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_below_gui_imports_qt_or_gui(path):
    for name in _imports(path):
        assert not name.startswith("accompdesk.gui"), f"{path.name} imports {name}"
        assert name.split(".")[0] not in ("PySide6", "shiboken6"), f"{path.name} imports {name}"


def _cli_modules():
    return sorted((PACKAGE / "cli").rglob("*.py")) if (PACKAGE / "cli").is_dir() else [PACKAGE / "cli.py"]


@pytest.mark.parametrize("path", _cli_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_command_line_does_not_import_the_window(path):
    for name in _imports(path):
        assert not name.startswith("accompdesk.gui"), f"{path.name} imports {name}"


def test_services_import_neither_face():
    """What both faces call imports neither."""
    assert _modules("services")
    for path in _modules("services"):
        for name in _imports(path):
            assert not name.startswith(("accompdesk.gui", "accompdesk.cli", "accompdesk.app", "PySide6")), \
                f"services/{path.name} imports {name}"


@pytest.mark.parametrize("layer", ["vault", "exchange", "reports"])
def test_lower_layers_do_not_import_upper_ones(layer):
    forbidden = {"vault": ("accompdesk.exchange", "accompdesk.reports", "accompdesk.cli"),
                 "exchange": ("accompdesk.reports.", "accompdesk.cli"),
                 "reports": ("accompdesk.exchange", "accompdesk.cli")}[layer]
    for path in _modules(layer):
        for name in _imports(path):
            assert not name.startswith(forbidden), f"{layer}/{path.name} imports {name}"


def test_importing_the_package_and_cli_loads_no_heavy_library():
    code = ("import sys, accompdesk.cli, accompdesk.vault.store;"
            "heavy = [m for m in ('pandas', 'matplotlib', 'reportlab', 'docx', 'PySide6') if m in sys.modules];"
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


@pytest.mark.parametrize("path", _modules("resources"), ids=lambda p: p.name)
def test_the_resource_locator_imports_only_the_standard_library(path):
    """The window, the documents and the self-test all find their files through it."""
    for name in _imports(path):
        assert name.split(".")[0] in STDLIB, f"resources/{path.name} imports {name}"


@pytest.mark.parametrize("first", ["accompdesk.gui.common.operations.areas", "accompdesk.gui.common.chain",
                                   "accompdesk.gui.areas.reports", "accompdesk.gui.main_window"])
def test_no_import_order_leaves_an_area_out(first):
    # An area package imported before the list of areas once made the list drop it silently.
    code = (f"import {first}\n"
            "from accompdesk.gui.areas import AREAS\n"
            "print(' '.join(a.key for a in AREAS))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    keys = done.stdout.split()
    assert {"roster", "checkins", "alerts", "escalation", "followups", "reports", "trash"} <= set(keys)
    assert len(keys) == len(set(keys))
