"""The Offices area: this office's card, the trusted offices, bundles and conflicts.

Wiring into the main window: areas/__init__.py lists the area, workspace.py takes the factory
from `areas(window)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def areas(window) -> dict[str, Callable[[QWidget], QWidget]]:
    def offices(parent: QWidget) -> QWidget:
        from .view import OfficesView
        return OfficesView(window.session, parent)

    return {"offices": offices}
