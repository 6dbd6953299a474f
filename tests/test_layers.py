"""The layers of docs/ARCHITECTURE.md, checked by reading every module's imports.

    gui, cli → services → reports, exchange → vault → domain

Each rule is a function over a package folder, run on the real package (no breach)
and on a small package planted with one breach of each rule (every breach found), so
that a rule which stopped seeing anything would fail here too.
"""

from __future__ import annotations

import ast
import pathlib
import re
import subprocess
import sys

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "accompdesk"
STDLIB = set(sys.stdlib_module_names)
QT = ("PySide6", "shiboken6")
# The program's entry point starts the window, and the bundle's self-test opens every form.
FACES_ALLOWED = {"app.py", "selftest.py"}


# -- reading imports ------------------------------------------------------------------------

def _absolute(module: str, level: int, package: str) -> str:
    if not level:
        return module
    base = package.split(".")
    base = base[: len(base) - level + 1]
    return ".".join(base + ([module] if module else []))


def _resolve(source: str, package: str) -> list[str]:
    """Absolute module names imported by `source`, a module of `package`.

    Every form counts, wherever it stands (module level, inside a function, under
    TYPE_CHECKING): `import a.b`, `from a import b`, relative imports of any depth
    (`from .. import reports`, `from . import x`, `from ..reports import model`), and
    `importlib.import_module(...)` or `__import__(...)` with a literal name (relative
    ones resolved against the package). Every imported name is kept as a possible
    module too: `from .. import reports` imports accompdesk.reports, and
    `from PySide6 import QtWidgets` imports PySide6.QtWidgets."""
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node.module or "", node.level, package)
            names.append(module)
            names.extend(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if called in ("import_module", "__import__"):
                text = node.args[0].value
                level = len(text) - len(text.lstrip("."))
                names.append(_absolute(text.lstrip("."), level, package))
    return names


def _package_of(path: pathlib.Path, root: pathlib.Path) -> str:
    return ".".join(path.relative_to(root.parent).with_suffix("").parts[:-1])


def _imports(path: pathlib.Path, root: pathlib.Path = PACKAGE) -> list[str]:
    return _resolve(path.read_text(encoding="utf-8"), _package_of(path, root))


def _modules(sub: str, root: pathlib.Path = PACKAGE) -> list[pathlib.Path]:
    return sorted((root / sub).rglob("*.py")) if (root / sub).is_dir() else []


# -- the rules: each returns the breaches it finds under `root` -----------------------------

def _name(root: pathlib.Path, path: pathlib.Path) -> str:
    return path.relative_to(root).as_posix()


def domain_breaches(root: pathlib.Path, paths=None) -> list[str]:
    """domain/ imports the standard library and itself only."""
    top = root.name
    return [f"{_name(root, p)} imports {n}" for p in paths or _modules("domain", root) for n in _imports(p, root)
            if n.split(".")[0] not in STDLIB and not n.startswith(f"{top}.domain")
            # the resource locator (itself standard library only), for the labels catalogue
            and not n.startswith(f"{top}.resources")]


def _below_gui(root: pathlib.Path = PACKAGE) -> list[pathlib.Path]:
    return [p for p in sorted(root.rglob("*.py")) if "gui" not in p.relative_to(root).parts
            and _name(root, p) not in FACES_ALLOWED]


def qt_breaches(root: pathlib.Path, paths=None) -> list[str]:
    """Nothing below gui imports Qt or the window (cli and services included)."""
    top = root.name
    return [f"{_name(root, p)} imports {n}" for p in paths or _below_gui(root) for n in _imports(p, root)
            if n.startswith(f"{top}.gui") or n.split(".")[0] in QT]


def cli_breaches(root: pathlib.Path, paths=None) -> list[str]:
    """The command line does not import the window."""
    top = root.name
    return [f"{_name(root, p)} imports {n}" for p in paths or _modules("cli", root) for n in _imports(p, root)
            if n.startswith(f"{top}.gui") or n.split(".")[0] in QT]


def services_breaches(root: pathlib.Path, paths=None) -> list[str]:
    """What both faces call imports neither."""
    top = root.name
    faces = (f"{top}.gui", f"{top}.cli", f"{top}.app", *QT)
    return [f"{_name(root, p)} imports {n}" for p in paths or _modules("services", root) for n in _imports(p, root)
            if n.startswith(faces)]


LOWER = {"vault": ("exchange", "reports", "services", "cli", "gui"),
         "exchange": ("reports", "services", "cli", "gui"),
         "reports": ("exchange", "services", "cli", "gui")}


def lower_breaches(root: pathlib.Path, layer: str) -> list[str]:
    top = root.name
    forbidden = tuple(f"{top}.{name}" for name in LOWER[layer])
    return [f"{_name(root, p)} imports {n}" for p in _modules(layer, root) for n in _imports(p, root)
            if any(n == f or n.startswith(f + ".") for f in forbidden)]


_SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH\s+\w+\s+AS)\b")


def sql_breaches(root: pathlib.Path, layers=("exchange", "reports")) -> list[str]:
    """SQL is the vault's alone: no statement text, no cursor calls, no database driver, and
    no hand-written audit entries in these layers."""
    found = []
    for layer in layers:
        for path in _modules(layer, root):
            where = _name(root, path)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.match(node.value):
                    found.append(f"{where}:{node.lineno} SQL text {node.value.strip()[:30]!r}")
                elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant) \
                        and isinstance(node.values[0].value, str) and _SQL.match(node.values[0].value):
                    found.append(f"{where}:{node.lineno} SQL text")
                elif isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany", "executescript"):
                    found.append(f"{where}:{node.lineno} calls .{node.attr}")
                elif isinstance(node, ast.Attribute) and node.attr == "append" and isinstance(node.value, ast.Name) \
                        and node.value.id == "audit":
                    found.append(f"{where}:{node.lineno} writes an audit entry")
            found += [f"{where} imports {n}" for n in _imports(path, root)
                      if n.split(".")[0] in ("sqlite3", "sqlcipher3")]
    return found


# -- the real package -------------------------------------------------------------------------

@pytest.mark.parametrize("source, package, wanted", [
    ("from .. import reports", "accompdesk.gui", "accompdesk.reports"),
    ("from . import reports", "accompdesk.gui", "accompdesk.gui.reports"),
    ("from . import x", "accompdesk.cli", "accompdesk.cli.x"),
    ("from .. import (gui, reports)", "accompdesk.cli", "accompdesk.gui"),
    ("from ..reports import model", "accompdesk.exchange", "accompdesk.reports.model"),
    ("from ...gui import icons", "accompdesk.reports.pdf", "accompdesk.gui.icons"),
    ("from .forms import ui_x as ui", "accompdesk.gui.chain", "accompdesk.gui.chain.forms.ui_x"),
    ("from PySide6 import QtWidgets", "accompdesk.vault", "PySide6.QtWidgets"),
    ("import PySide6.QtCore as qc", "accompdesk.reports", "PySide6.QtCore"),
    ("def f():\n    from .. import gui\n", "accompdesk.vault", "accompdesk.gui"),
    ("if TYPE_CHECKING:\n    from ..gui import x\n", "accompdesk.services", "accompdesk.gui.x"),
    ("import importlib\nimportlib.import_module('accompdesk.gui.main')", "accompdesk.cli", "accompdesk.gui.main"),
    ("from importlib import import_module\nimport_module('..gui', __package__)", "accompdesk.cli", "accompdesk.gui"),
    ("__import__('PySide6.QtGui')", "accompdesk.domain", "PySide6.QtGui"),
])
def test_imports_of_every_form_are_resolved(source, package, wanted):
    assert wanted in _resolve(source, package)


@pytest.mark.parametrize("path", _modules("domain"), ids=lambda p: p.name)
def test_domain_imports_only_the_standard_library_and_itself(path):
    assert domain_breaches(PACKAGE, [path]) == []


@pytest.mark.parametrize("path", _below_gui(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_below_gui_imports_qt_or_gui(path):
    assert qt_breaches(PACKAGE, [path]) == []


@pytest.mark.parametrize("path", _modules("cli"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_command_line_does_not_import_the_window(path):
    assert cli_breaches(PACKAGE, [path]) == []


def test_the_command_line_is_a_package_of_command_groups():
    assert not (PACKAGE / "cli.py").exists() and not list(PACKAGE.glob("cli_*.py"))
    assert len(_modules("cli")) >= 8


def test_services_import_neither_face():
    """What both faces call imports neither."""
    assert _modules("services")
    assert services_breaches(PACKAGE) == []


@pytest.mark.parametrize("layer", ["vault", "exchange", "reports"])
def test_lower_layers_do_not_import_upper_ones(layer):
    assert lower_breaches(PACKAGE, layer) == []


def test_exchange_and_reports_hold_no_sql():
    assert sql_breaches(PACKAGE) == []


def test_the_sql_rule_sees_the_vault_s_sql():
    # The same rule, pointed at the layer that does write SQL, finds it: it is not blind.
    assert len(sql_breaches(PACKAGE, ("vault",))) > 20


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


# -- the rules, tested on a planted package -------------------------------------------------

PLANTED = {
    "domain/__init__.py": "",
    "domain/ok.py": "import datetime\nfrom . import ok\n",
    "domain/heavy.py": "import pandas\n",
    "domain/store.py": "from ..vault import repository\n",
    "vault/__init__.py": "",
    "vault/window.py": "def f():\n    from .. import gui\n",
    "vault/qt.py": "from PySide6 import QtCore\n",
    "vault/upward.py": "from ..services import documents\n",
    "cli/__init__.py": "",
    "cli/dialog.py": "from ..gui import dialogs\n",
    "cli/relative.py": "from .. import gui\n",
    "cli/by_name.py": "import importlib\nimportlib.import_module('..gui.main', __package__)\n",
    "services/__init__.py": "",
    "services/face.py": "from ..cli import main\n",
    "services/typed.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..gui import x\n",
    "exchange/__init__.py": "",
    "exchange/sql.py": "def f(vault):\n    return vault.conn.execute('SELECT 1')\n",
    "exchange/audit.py": "from ..vault import audit\ndef f(conn):\n    audit.append(conn, 'u', 'a', 't', '')\n",
    "exchange/report.py": "from ..reports import model\n",
    "reports/__init__.py": "",
    "reports/sql.py": "QUERY = f\"\"\"\n  INSERT INTO audit_log VALUES ({1})\"\"\"\n",
    "reports/driver.py": "import sqlcipher3\n",
    "reports/gui.py": "from ..gui import icons\n",
}


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    root = tmp_path_factory.mktemp("planted") / "accompdesk"
    for name, text in PLANTED.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "__init__.py").write_text("", encoding="utf-8")
    return root


def _files(breaches: list[str]) -> set[str]:
    return {b.split(" ")[0].split(":")[0] for b in breaches}


def test_the_domain_rule_catches_a_planted_breach(planted):
    assert _files(domain_breaches(planted)) == {"domain/heavy.py", "domain/store.py"}


def test_the_qt_rule_catches_a_planted_breach(planted):
    assert {"vault/window.py", "vault/qt.py", "cli/dialog.py", "cli/relative.py", "cli/by_name.py",
            "services/typed.py", "reports/gui.py"} <= _files(qt_breaches(planted))
    assert "domain/ok.py" not in _files(qt_breaches(planted))


def test_the_cli_rule_catches_a_planted_breach(planted):
    assert _files(cli_breaches(planted)) == {"cli/dialog.py", "cli/relative.py", "cli/by_name.py"}


def test_the_services_rule_catches_a_planted_breach(planted):
    assert _files(services_breaches(planted)) == {"services/face.py", "services/typed.py"}


@pytest.mark.parametrize("layer, wanted", [
    ("vault", {"vault/window.py", "vault/upward.py"}),
    ("exchange", {"exchange/report.py"}),
    ("reports", {"reports/gui.py"}),
])
def test_the_lower_layer_rule_catches_a_planted_breach(planted, layer, wanted):
    assert _files(lower_breaches(planted, layer)) == wanted


def test_the_sql_rule_catches_a_planted_breach(planted):
    assert _files(sql_breaches(planted)) == {"exchange/sql.py", "exchange/audit.py", "reports/sql.py",
                                             "reports/driver.py"}
