"""How chain records read in lists: one line per incident, official, meeting or commitment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from ....domain.fields import specs
from ....domain.records import Authority, Commitment, Incident, Meeting, Official, Record
from .. import i18n
from ..formatting import format_date
from ....domain import clock

# Colours that read on light and dark backgrounds; the status is also said in words.
STATUS_COLOURS = {"broken": "#c62828", "partly_kept": "#b26a00", "kept": "#2e7d32"}
WARNING_COLOUR = "#c62828"


def label(record_type: type, name: str, code: str | None) -> str:
    spec = specs(record_type)[name]
    return spec.vocab.label(code, i18n.language()) if code else ""


def incident_line(incident: Incident) -> str:
    day = format_date(incident.occurred_on, incident.date_precision)
    return f"{day} — {incident.summary}" if day else incident.summary


def authority_line(authority: Authority) -> str:
    kind = label(Authority, "kind", authority.kind)
    return f"{authority.name} ({kind})" if kind else authority.name


def official_line(official: Official) -> str:
    return f"{official.full_name} — {official.position}" if official.position else official.full_name


def post_period(official: Official) -> str:
    start = official.start_on.isoformat() if official.start_on else "…"
    end = official.end_on.isoformat() if official.end_on else "…"
    return f"{start} – {end}"


def meeting_line(meeting: Meeting) -> str:
    day = meeting.held_on.isoformat() if meeting.held_on else ""
    return f"{day} — {meeting.purpose}" if day else meeting.purpose


def line(record: Record) -> str:
    if isinstance(record, Incident):
        return incident_line(record)
    if isinstance(record, Official):
        return official_line(record)
    if isinstance(record, Meeting):
        return meeting_line(record)
    return record.title


def status_colour(commitment: Commitment, today: dt.date | None = None) -> QColor | None:
    if commitment.status == "pending" and commitment.due_on and commitment.due_on < (today or clock.today()):
        return QColor(WARNING_COLOUR)
    name = STATUS_COLOURS.get(commitment.status)
    return QColor(name) if name else None


class ChainText(QObject):
    """The plural texts. lupdate (PySide6 6.11) reads the count of a plural only from
    self.tr(text, "", n), not from QCoreApplication.translate, so they live here."""

    def overdue(self, n: int) -> str:
        return self.tr("%n day(s) overdue", "", n)

    def due_in(self, n: int) -> str:
        return self.tr("due in %n day(s)", "", n)

    def broken(self, n: int) -> str:
        return self.tr("%n broken", "", n)

    def partly_kept(self, n: int) -> str:
        return self.tr("%n partly kept", "", n)

    def kept(self, n: int) -> str:
        return self.tr("%n kept", "", n)

    def pending(self, n: int) -> str:
        return self.tr("%n pending", "", n)

    def move_authorities(self, n: int) -> str:
        return self.tr("move %n authority(ies) in the chain of command", "", n)


_PLURALS = ChainText()


def plural_texts() -> ChainText:
    return _PLURALS


def due_text(days: int) -> str:
    if days < 0:
        return _PLURALS.overdue(-days)
    if days == 0:
        return QCoreApplication.translate("ChainText", "due today")
    return _PLURALS.due_in(days)


# What needs attention first: broken, then partly kept, then pending, then kept.
SUMMARY_ORDER = ("broken", "partly_kept", "pending", "kept")


def _count(status: str, n: int) -> str:
    return getattr(_PLURALS, status if status in ("broken", "partly_kept", "kept") else "pending")(n)


def commitment_summary(commitments: list[Commitment]) -> str:
    """"1 broken, 2 kept": how an authority has kept its word, worst first."""
    counts: dict[str, int] = {}
    for c in commitments:
        counts[c.status] = counts.get(c.status, 0) + 1
    ordered = sorted(counts, key=lambda s: SUMMARY_ORDER.index(s) if s in SUMMARY_ORDER else len(SUMMARY_ORDER))
    return ", ".join(_count(s, counts[s]) for s in ordered)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]
