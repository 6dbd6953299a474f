"""Strings that other packages' widgets show inside the chain areas and translate under
their own context, but for tables only the chain uses (their picker's fallback title)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

FOREIGN = (
    QT_TRANSLATE_NOOP("RecordPicker", "Choose"),
)
