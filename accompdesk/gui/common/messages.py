"""Sentences from below the window, said in the user's language.

Errors and problems arrive with a code and named arguments (domain/messages.py); the
sentence for the window's language comes from the labels catalogue through that one
table, so nothing here reads English back. A few errors get a sentence of the window's
own (naming the person who typed the passphrase); anything that is not the program's
own error is a bug, said as such.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import messages
from ...vault import errors
from . import i18n


# code -> a sentence of the window's own, where the window says it differently from the
# command line (the recovery key is typed into a field here, not given as an option).
_OWN = {
    "vault.keyslots.recovery_key_64_hexadecimal": lambda: QCoreApplication.translate(
        "Messages", "A recovery key is 64 hexadecimal digits (0-9, a-f); this one is not."),
    "vault.store.recovery_key_does_not": lambda: QCoreApplication.translate(
        "Messages", "The recovery key does not open this vault; check the digits."),
}


def error_text(exc: BaseException, user: str | None = None) -> str:
    if isinstance(exc, errors.WrongPassphrase):
        if user:
            return QCoreApplication.translate("Messages", "The passphrase is not right for %1.").replace("%1", user)
        return QCoreApplication.translate("Messages", "The passphrase is not right.")
    if isinstance(exc, messages.AccompDeskError):
        own = _OWN.get(exc.code)
        return own() if own else exc.text(i18n.language())
    return QCoreApplication.translate("Messages", "Something went wrong that should not have (%1). Nothing was changed.") \
        .replace("%1", type(exc).__name__)


# code -> the code the window says instead: a form shows no record ids.
_PROBLEM_AS = {"vault.repository.no_linked_record": "gui.messages.linked_record_gone"}


def problem_text(message: str) -> str:
    """A problem with a field (validation, an import row) in the window's language."""
    if isinstance(message, messages.Message) and message.code in _PROBLEM_AS:
        message = messages.Message(_PROBLEM_AS[message.code])
    return messages.text(message, i18n.language())
