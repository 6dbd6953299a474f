"""Sentences from the safety services, said in the user's language.

The vault speaks English (the command line shows its sentences as they are); the
ones these dialogs meet are recognised here and translated, anything else is
shown through the window's own `error_text`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...vault import attempts, errors
from .messages import error_text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate gives module-level tr() calls the empty context; lookups must use the same.
    return QCoreApplication.translate("", text, disambiguation, n)


def describe(exc: BaseException, user: str | None = None) -> str:
    if isinstance(exc, attempts.TooSoon):
        return tr("Too many wrong tries; wait %n second(s) and try again.", "", exc.seconds)
    if isinstance(exc, errors.PermissionDenied):
        return tr("Your role does not allow this; ask a coordinator.")
    return error_text(exc, user)


_CHAIN = (
    (r"(\d+) audit entries, chain intact",
     lambda m: tr("%n audit entries; the chain is intact.", "", int(m[1]))),
    (r"audit entry (\d+) is missing \(the next one is (\d+)\)",
     lambda m: tr("Audit entry %1 is missing (the next one is %2): entries were removed.")
     .replace("%1", m[1]).replace("%2", m[2])),
    (r"audit entry (\d+) does not follow entry (\d+)",
     lambda m: tr("Audit entry %1 does not follow entry %2: entries were removed or reordered.")
     .replace("%1", m[1]).replace("%2", m[2])),
    (r"audit entry (\d+) \((.*)\) has been altered",
     lambda m: tr("Audit entry %1 (%2) has been altered after it was written.")
     .replace("%1", m[1]).replace("%2", m[2])),
    (r"audit entry (\d+) is missing: the key-slot file records (\d+) entries, the log ends at (\d+), "
     r"so its last entries were removed",
     lambda m: tr("Audit entry %1 is missing: the log should hold %2 entries and ends at %3, "
                  "so its last entries were removed.")
     .replace("%1", m[1]).replace("%2", m[2]).replace("%3", m[3])),
    (r"audit entry (\d+) is not the one the key-slot file records as the head: the log was rewritten",
     lambda m: tr("Audit entry %1 is not the one recorded as the last: the log was rewritten.")
     .replace("%1", m[1])),
)


def chain_text(message: str) -> str:
    """audit.verify's sentence, translated."""
    for pattern, make in _CHAIN:
        found = re.fullmatch(pattern, message)
        if found:
            return make(found)
    return message


def first_bad_entry(message: str) -> int | None:
    """The sequence number a failed verification names first."""
    found = re.match(r"audit entry (\d+)", message)
    return int(found[1]) if found else None


def role_label(role: str) -> str:
    from ...domain.vocab import USER_ROLE
    from . import i18n

    return USER_ROLE.label(role, i18n.language())


def recovery_key_lines(key: str) -> str:
    """Four lines of four groups read more easily than one long line."""
    groups = key.split()
    return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


def check_text(check) -> str:
    """One line of vault verification (verify.Check), translated where it is known."""
    names = {"encryption": tr("Encryption"), "structure": tr("Structure"), "links": tr("Links"),
             "audit": tr("Audit log"), "key slots": tr("Key slots"), "records": tr("Records"),
             "audit head": tr("Audit log's last entry")}
    known = {"every page authenticates": tr("every page authenticates"),
             "database structure is sound": tr("the database structure is sound"),
             "every link points to a record": tr("every link points to a record")}
    message = known.get(check.message) or chain_text(check.message)
    slots = re.fullmatch(r"(\d+) key slot\(s\), sealed for this vault", check.message)
    if slots:
        message = tr("%n key slot(s), sealed for this vault", "", int(slots[1]))
    mark = "✔" if check.ok else "✘"
    return f"{mark} {names.get(check.name, check.name)}: {message}"
