"""The office window (PySide6). Nothing here creates a QApplication at import time."""
