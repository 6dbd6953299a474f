"""The program's own modules are imported plainly: no `try: import … except ImportError`
makes one of them optional, so a broken module stops the program at once instead of
quietly taking a feature away (the wait after wrong passphrases, the Vault menu, the
spreadsheets, the demo data). Third-party libraries may still be optional. And the main
window is used plainly: the areas, forms and dialogs call what it has, they do not
probe it with getattr or hasattr."""

from __future__ import annotations

import ast
import pathlib

import pytest

from tests.test_layers import PACKAGE, _resolve

NAMED = {"ImportError", "ModuleNotFoundError"}


def _catches_import_errors(handler: ast.ExceptHandler) -> bool:
    """A handler that names ImportError (or ModuleNotFoundError). The command line's last
    line of defence (`except Exception`) says an error in one sentence; it hides nothing."""
    if handler.type is None:
        return False
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(k, ast.Name) and k.id in NAMED or isinstance(k, ast.Attribute) and k.attr in NAMED
               for k in kinds)


def guarded_own_imports(source: str, package: str) -> list[str]:
    """Project modules imported inside a `try` whose handlers catch an ImportError."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Try) or not any(_catches_import_errors(h) for h in node.handlers):
            continue
        for statement in node.body:
            for inner in ast.walk(statement):
                if isinstance(inner, (ast.Import, ast.ImportFrom)):
                    names = _resolve(ast.unparse(inner), package)
                    found += [n for n in names[:1] if n.split(".")[0] == "accompdesk"]
    return found


@pytest.mark.parametrize("source, package, wanted", [
    ("try:\n    from .safety import actions\nexcept ImportError:\n    actions = None\n",
     "accompdesk.gui", ["accompdesk.gui.safety"]),
    ("try:\n    import accompdesk.gui.exchange\nexcept ImportError:\n    pass\n",
     "accompdesk.gui", ["accompdesk.gui.exchange"]),
    ("def f():\n    try:\n        from ..vault.demo import fill_demo\n    except ModuleNotFoundError:\n"
     "        return\n", "accompdesk.gui", ["accompdesk.vault.demo"]),
    ("try:\n    from .. import reports\nexcept (OSError, ImportError):\n    pass\n",
     "accompdesk.cli", ["accompdesk"]),
    ("try:\n    if True:\n        from . import x\nexcept builtins.ImportError:\n    pass\n", "accompdesk.gui",
     ["accompdesk.gui"]),
    ("try:\n    from . import x\nexcept Exception as exc:\n    return report(exc)\n", "accompdesk.gui", []),
    ("try:\n    from svglib.svglib import svg2rlg\nexcept ImportError:\n    svg2rlg = None\n",
     "accompdesk.reports", []),
    ("try:\n    from . import x\nexcept ValueError:\n    pass\n", "accompdesk.gui", []),
    ("try:\n    x = 1\nexcept ImportError:\n    from . import y\n", "accompdesk.gui", []),
    ("from .safety import actions\n", "accompdesk.gui", []),
])
def test_guarded_imports_are_found(source, package, wanted):
    assert guarded_own_imports(source, package) == wanted


def _package_of(path: pathlib.Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_of_the_program_is_optional(path):
    assert guarded_own_imports(path.read_text(encoding="utf-8"), _package_of(path)) == []


def test_the_only_optional_import_left_is_a_third_party_one():
    # reports/pdf.py draws a chart as a bitmap when svglib is missing: a library, not ours.
    guarded = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Try) and any(_catches_import_errors(h) for h in node.handlers):
                guarded += [(path.relative_to(PACKAGE).as_posix(), ast.unparse(i)) for s in node.body
                            for i in ast.walk(s) if isinstance(i, (ast.Import, ast.ImportFrom))]
    assert ("reports/pdf.py", "from svglib.svglib import svg2rlg") in guarded
    assert all(not statement.startswith(("from .", "import accompdesk", "from accompdesk"))
               for _path, statement in guarded), guarded


# The main window, as the areas, forms and dialogs hold it.
WINDOW_NAMES = {"window", "host", "window_", "main_window"}


def window_probes(source: str) -> list[str]:
    """getattr/hasattr on the main window: what it offers is known, not probed."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "hasattr") and node.args):
            continue
        target = node.args[0]
        name = target.id if isinstance(target, ast.Name) else \
            target.attr if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
            and target.value.id == "self" else ""
        if name in WINDOW_NAMES:
            found.append(ast.unparse(node))
    return found


@pytest.mark.parametrize("source, wanted", [
    ("workspace = getattr(window, 'workspace', None)", ["getattr(window, 'workspace', None)"]),
    ("if hasattr(self.host, 'notify'):\n    pass", ["hasattr(self.host, 'notify')"]),
    ("notify = getattr(self.window_, 'notify', None)", ["getattr(self.window_, 'notify', None)"]),
    ("x = getattr(self.window, 'open_record', None)", ["getattr(self.window, 'open_record', None)"]),
    ("new = getattr(view, 'new_requested', None)", []),
    ("value = getattr(record, name)", []),
    ("window.notify(text)", []),
])
def test_window_probes_are_found(source, wanted):
    assert window_probes(source) == wanted


@pytest.mark.parametrize("path", sorted((PACKAGE / "gui").rglob("*.py")),
                         ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_the_main_window_is_not_probed(path):
    assert window_probes(path.read_text(encoding="utf-8")) == []
