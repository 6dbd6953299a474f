"""The office window (PySide6). Nothing here creates a QApplication at import time."""

from .common.pyside_workaround import guard_none

guard_none()
