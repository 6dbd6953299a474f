"""Sentences from the safety services, said in the user's language.

The vault's checks and errors carry a code and named arguments (domain/messages.py);
the ones these dialogs meet have a sentence of the window's own here, looked up by
code; anything else is said through the window's `error_text`/`problem_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.messages import Message
from ...vault import attempts, errors
from .messages import error_text, problem_text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate gives module-level tr() calls the empty context; lookups must use the same.
    return QCoreApplication.translate("", text, disambiguation, n)


def describe(exc: BaseException, user: str | None = None) -> str:
    if isinstance(exc, attempts.TooSoon):
        return tr("Too many wrong tries; wait %n second(s) and try again.", "", exc.seconds)
    if isinstance(exc, errors.PermissionDenied):
        return tr("Your role does not allow this; ask a coordinator.")
    return error_text(exc, user)


def _filled(text: str, *values) -> str:
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


# code -> the window's sentence for the verification of the audit chain and its head.
_CHAIN = {
    "vault.audit.chain_intact": lambda p: tr("%n audit entries; the chain is intact.", "", p["count"]),
    "vault.audit.entry_missing": lambda p: _filled(
        tr("Audit entry %1 is missing (the next one is %2): entries were removed."), p["entry"], p["next"]),
    "vault.audit.entry_does_not_follow": lambda p: _filled(
        tr("Audit entry %1 does not follow entry %2: entries were removed or reordered."), p["entry"],
        p["previous"]),
    "vault.audit.entry_altered": lambda p: _filled(
        tr("Audit entry %1 (%2) has been altered after it was written."), p["entry"], p["described"]),
    "vault.verify.head_entries_missing": lambda p: _filled(
        tr("Audit entry %1 is missing: the log should hold %2 entries and ends at %3, "
           "so its last entries were removed."), p["entry"], p["recorded"], p["ends"]),
    "vault.verify.head_rewritten": lambda p: _filled(
        tr("Audit entry %1 is not the one recorded as the last: the log was rewritten."), p["entry"]),
    "vault.verify.pages_authenticate": lambda p: tr("every page authenticates"),
    "vault.verify.structure_sound": lambda p: tr("the database structure is sound"),
    "vault.verify.links_sound": lambda p: tr("every link points to a record"),
    "vault.verify.slots_sealed": lambda p: tr("%n key slot(s), sealed for this vault", "", p["count"]),
}


def chain_text(message: str) -> str:
    """A sentence of audit.verify or of a vault check, translated."""
    if isinstance(message, Message) and message.code in _CHAIN:
        return _CHAIN[message.code](message.params)
    return problem_text(message)


def first_bad_entry(message: str) -> int | None:
    """The sequence number a failed verification names first."""
    return message.params.get("entry") if isinstance(message, Message) else None


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
    message = chain_text(check.message)
    mark = "✔" if check.ok else "✘"
    return f"{mark} {names.get(check.name, check.name)}: {message}"
