"""services/ sits under both faces: it imports neither the window nor the command line."""

from __future__ import annotations

import pathlib

import pytest

from ..test_layers import PACKAGE, _imports

SERVICES = sorted((PACKAGE / "services").rglob("*.py"))


def test_there_are_services():
    assert {p.name for p in SERVICES} >= {"__init__.py", "dedupe.py", "merging.py"}


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: p.name)
def test_services_import_neither_face(path: pathlib.Path):
    for name in _imports(path):
        assert not name.startswith(("accompdesk.gui", "accompdesk.cli", "PySide6")), f"{path.name} imports {name}"
