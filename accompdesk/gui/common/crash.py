"""What the window does with an error nobody caught: one sentence, a report to copy
that holds no record content, and a vault left as it was after the last save.

Python would print the exception to stderr, message and all; a message can quote
whatever a slot was handling (a name, a place). The report keeps only the kind of
exception and where it happened: module, function and line, no values.
"""

from __future__ import annotations

import platform
import sys
import traceback
from typing import Callable

_shown: list = []  # the open dialog (kept alive; tests look at it)
_busy = False


def report(exc_type, exc, tb) -> str:
    """The exception's kind and the frames it passed through; no message, no locals."""
    from ... import __version__

    lines = [f"AccompDesk {__version__} error report",
             f"Python {platform.python_version()} on {platform.system()} {platform.release()}",
             f"Exception: {exc_type.__module__}.{exc_type.__qualname__}",
             "Trace (innermost last):"]
    for frame in traceback.extract_tb(tb):
        module = _module_name(frame.filename)
        lines.append(f"  {module}, {frame.name}, line {frame.lineno}")
    return "\n".join(lines) + "\n"


def _module_name(filename: str) -> str:
    # A path can name the user's home folder; only the part inside a package is kept.
    parts = filename.replace("\\", "/").split("/")
    for anchor in ("accompdesk", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) + (anchor == "site-packages"):])
    return parts[-1]


def roll_back(vault) -> None:
    """Whatever transaction an interrupted change left open is undone."""
    conn = getattr(vault, "conn", None)
    if conn is not None and conn.in_transaction:
        conn.execute("ROLLBACK")
        vault._savepoints = 0


def install(current_vault: Callable[[], object | None], parent: Callable[[], object | None] = lambda: None):
    """Make `sys.excepthook` the window's; returns the hook."""

    def hook(exc_type, exc, tb) -> None:
        global _busy
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = report(exc_type, exc, tb)
        try:
            vault = current_vault()
            if vault is not None:
                roll_back(vault)
        except Exception:  # the vault may be closed already; there is nothing to undo then
            pass
        if _busy:  # an error while showing the last one: stderr, without the message
            sys.stderr.write(text)
            return
        _busy = True
        try:
            _show(exc_type, text, parent())
        except Exception:
            sys.stderr.write(text)
        finally:
            _busy = False

    sys.excepthook = hook
    return hook


def sentence(exc_type) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "crash", "Something went wrong in AccompDesk (%1); what you were doing was not saved, "
                 "and the vault is as it was after your last save.").replace("%1", exc_type.__name__)


def _show(exc_type, text: str, parent) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "AccompDesk", sentence(exc_type),
                      QMessageBox.StandardButton.Close, parent)
    box.setDetailedText(text)
    copy = box.addButton(QCoreApplication.translate("crash", "Copy report"),
                         QMessageBox.ButtonRole.ActionRole)
    # The Copy button would close the box; it copies and the box stays.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    box.finished.connect(lambda _r: _shown.remove(box) if box in _shown else None)
    _shown.append(box)
    box.open()
