"""The layers of DESIGN.md, checked by reading every module's imports."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "accompdesk"
STDLIB = set(sys.stdlib_module_names)


def _imports(path: pathlib.Path) -> list[str]:
    """Absolute module names imported by a file (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(tree):
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
    return names


def _modules(sub: str):
    return sorted((PACKAGE / sub).rglob("*.py")) if (PACKAGE / sub).is_dir() else []


@pytest.mark.parametrize("path", _modules("domain"), ids=lambda p: p.name)
def test_domain_imports_only_the_standard_library_and_itself(path):
    for name in _imports(path):
        top = name.split(".")[0]
        assert top in STDLIB or name.startswith("accompdesk.domain"), f"{path.name} imports {name}"


@pytest.mark.parametrize("path", [p for p in PACKAGE.rglob("*.py") if "gui" not in p.parts],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_outside_gui_imports_widgets_or_gui(path):
    if path.parent == PACKAGE and path.name in ("app.py", "selftest.py"):
        return  # the GUI's own entry point, and the bundle's self-test which loads every form
    for name in _imports(path):
        assert not name.startswith("accompdesk.gui"), f"{path.name} imports {name}"
        assert name not in ("PySide6.QtWidgets", "PySide6.QtPrintSupport"), f"{path.name} imports {name}"


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


@pytest.mark.parametrize("first", ["accompdesk.gui.operations.areas", "accompdesk.gui.chain",
                                   "accompdesk.gui.reports", "accompdesk.gui.main_window"])
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
