"""Sentences from the vault and the domain, said in the user's language.

The vault and the domain speak English (the command line shows their sentences as
they are); the window knows the ones people meet every day and translates those.
Anything else is shown as the vault wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...vault import errors


def error_text(exc: BaseException, user: str | None = None) -> str:
    if isinstance(exc, errors.WrongPassphrase):
        if user:
            return QCoreApplication.translate("Messages", "The passphrase is not right for %1.").replace("%1", user)
        return QCoreApplication.translate("Messages", "The passphrase is not right.")
    if isinstance(exc, errors.NoKey) and "recovery key is 64" in str(exc):
        return QCoreApplication.translate("Messages", "A recovery key is 64 hexadecimal digits (0-9, a-f); this one is not.")
    if isinstance(exc, errors.NoKey) and "recovery key does not open" in str(exc):
        return QCoreApplication.translate("Messages", "The recovery key does not open this vault; check the digits.")
    if isinstance(exc, errors.VaultError):
        return str(exc)
    return QCoreApplication.translate("Messages", "Something went wrong that should not have (%1). Nothing was changed.") \
        .replace("%1", type(exc).__name__)


# Problem messages from accompdesk.domain.validation, as patterns with their translation.
def _problem_patterns():
    return [
        (r"is required\.", lambda m: QCoreApplication.translate("Messages", "is required.")),
        (r"is ([\d,]+) characters long; at most ([\d,]+) fit\.",
         lambda m: QCoreApplication.translate("Messages", "is %1 characters long; at most %2 fit.")
         .replace("%1", m[1]).replace("%2", m[2])),
        (r"contains control characters; remove them and try again\.",
         lambda m: QCoreApplication.translate("Messages", "contains control characters; remove them and try again.")),
        (r"(\S+) is in the future\.",
         lambda m: QCoreApplication.translate("Messages", "%1 is in the future.").replace("%1", m[1])),
        (r"(\S+) is before (\d+); check the year\.",
         lambda m: QCoreApplication.translate("Messages", "%1 is before %2; check the year.").replace("%1", m[1]).replace("%2", m[2])),
        (r"(\S+) is too far in the future; check the year\.",
         lambda m: QCoreApplication.translate("Messages", "%1 is too far in the future; check the year.").replace("%1", m[1])),
        (r"is not a valid date\.", lambda m: QCoreApplication.translate("Messages", "is not a valid date.")),
        (r"lists the same record twice\.", lambda m: QCoreApplication.translate("Messages", "lists the same record twice.")),
        (r"there is no (\w+) with id \S+", lambda m: QCoreApplication.translate("Messages", "the linked record no longer exists.")),
        (r"is before the start\.", lambda m: QCoreApplication.translate("Messages", "is before the start.")),
        (r"is before the date the post began\.",
         lambda m: QCoreApplication.translate("Messages", "is before the date the post began.")),
        (r"is before the arrival\.", lambda m: QCoreApplication.translate("Messages", "is before the arrival.")),
        (r"choose a person or an organisation\.",
         lambda m: QCoreApplication.translate("Messages", "choose a person or an organisation.")),
        (r"is required for a weekly call\.",
         lambda m: QCoreApplication.translate("Messages", "is required for a weekly call.")),
        (r"has more roles than persons\.", lambda m: QCoreApplication.translate("Messages", "has more roles than persons.")),
        (r"has more roles than organisations\.",
         lambda m: QCoreApplication.translate("Messages", "has more roles than organisations.")),
        (r"(\S+) is in the future; a meeting not yet held is planned\.",
         lambda m: QCoreApplication.translate("Messages", "%1 is in the future; a meeting not yet held is planned.")
         .replace("%1", m[1])),
        (r"'(.*)' is not a time such as 18:00\.",
         lambda m: QCoreApplication.translate("Messages", "“%1” is not a time such as 18:00.").replace("%1", m[1])),
        (r"is not a valid date and time\.",
         lambda m: QCoreApplication.translate("Messages", "is not a valid date and time.")),
        (r"must be a whole number\.", lambda m: QCoreApplication.translate("Messages", "must be a whole number.")),
        (r"must be at least (-?\d+)\.",
         lambda m: QCoreApplication.translate("Messages", "must be at least %1.").replace("%1", m[1])),
        (r"must be at most (-?\d+)\.",
         lambda m: QCoreApplication.translate("Messages", "must be at most %1.").replace("%1", m[1])),
    ]


def problem_text(message: str) -> str:
    for pattern, make in _problem_patterns():
        found = re.fullmatch(pattern, message)
        if found:
            return make(found)
    return message
