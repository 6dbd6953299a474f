"""Loading the installer's scripts, which live outside the package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def load(name: str):
    """installer/NAME.py as a module (it is not part of the accompdesk package)."""
    key = f"accompdesk_installer_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, INSTALLER / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]
