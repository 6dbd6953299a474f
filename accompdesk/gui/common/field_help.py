"""One paragraph of "What is this?" for the fields whose meaning decides what leaves the
office or how a case is argued: consent level, severity, verification, and the week
notation of the roster."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_HELP = {
    "consent_level": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Consent level: how far this person or organisation agreed to be named. Public: in "
        "any document, including public statements. Diplomatic: only in confidential "
        "briefings to embassies and authorities. Internal: never outside the office. Every "
        "export and document names an audience; anyone whose consent is below it is "
        "replaced by a neutral description, in tables and inside free text. When in doubt, "
        "choose Internal."),
    "severity": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Severity: how grave the incident is for the person's safety, from low (a rumour, a "
        "hostile remark) to critical (a killing, a disappearance, an attack on life). "
        "Briefings choose the gravest incidents of a period by severity, and the follow-up "
        "board shows the grave incidents that were never raised above the local level."),
    "verification": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Verification: how sure the office is of what is recorded. Unverified: reported, not "
        "yet checked. Partly verified: some facts confirmed by a second source. Verified: "
        "confirmed by the office or by independent sources. Disputed: sources contradict each "
        "other. Documents say how many of the incidents they count are verified."),
    "week": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Week notation: weeks are numbered as in ISO 8601, from Monday to Sunday. 2026-W48 "
        "is week 48 of 2026, from Monday 23 to Sunday 29 November. The first week of a year "
        "is the one that holds its first Thursday."),
}


def help_text(key: str) -> str:
    """The translated paragraph for a field, or "" for a field without one."""
    source = _HELP.get(key)
    return QCoreApplication.translate("FieldHelp", source) if source else ""


def fields() -> tuple[str, ...]:
    return tuple(_HELP)
