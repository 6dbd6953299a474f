"""What the operations pages say about conflicts, warnings and calls, in the user's language."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from ....vault import checkin_due as due
from ....vault import roster

# Called by this name, with the context written out, so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


class Operations(QObject):
    """Sentences with a count in them. pyside6-lupdate marks plurals reliably (across
    PySide6 versions) only in self.tr calls, so they live here, in the same context."""

    def team_size(self, count: int, needed: int) -> str:
        return self.tr("%n volunteer(s) assigned; the office asks for at least %1.", "", count) \
            .replace("%1", str(needed))

    def visa_runs_out(self, day: str, days: int) -> str:
        return self.tr("The visa runs out on %1, in %n day(s).", "", days).replace("%1", day)

    def planned_after(self, day: str, count: int) -> str:
        return self.tr("Planned for %n accompaniment(s) after %1, when the stay or the visa is over.", "",
                       count).replace("%1", day)

    def missed(self, count: int) -> str:
        return self.tr("⚠ %n missed check-in(s).", "", count)

    def missed_follow_protocol(self, count: int) -> str:
        return self.tr("⚠ %n missed check-in(s): follow the emergency protocol.", "", count)


_plurals: list[Operations] = []


def plurals() -> Operations:
    if not _plurals:
        _plurals.append(Operations())
    return _plurals[0]


def day_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def moment_text(moment: dt.datetime) -> str:
    qt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(qt, "ddd d MMM, HH:mm")


def span_text(start: dt.datetime, end: dt.datetime) -> str:
    if start.date() == end.date():
        return f"{moment_text(start)}–{end:%H:%M}"
    return f"{moment_text(start)} – {moment_text(end)}"


def conflict_text(c: roster.Conflict, volunteer: Callable[[str], str],
                  accompaniment: Callable[[str], str]) -> str:
    """One sentence; `volunteer(id)` and `accompaniment(id)` name them."""
    who = volunteer(c.volunteer_id) if c.volunteer_id else ""
    day = day_text(c.day) if c.day else ""
    if c.kind == roster.DOUBLE_BOOKED:
        text = translate("Operations", "%1 is in two places at once: also at %2.")
        return text.replace("%1", who).replace("%2", accompaniment(c.other_id))
    if c.kind == roster.BEFORE_ARRIVAL:
        return translate("Operations", "%1 only arrives on %2.").replace("%1", who).replace("%2", day)
    if c.kind == roster.AFTER_DEPARTURE:
        return translate("Operations", "%1 leaves on %2.").replace("%1", who).replace("%2", day)
    if c.kind == roster.VISA_EXPIRED:
        return translate("Operations", "%1's visa runs out on %2.").replace("%1", who).replace("%2", day)
    if c.kind == roster.UNAVAILABLE:
        return translate("Operations", "%1 is on leave or has left the country.").replace("%1", who)
    if c.kind == roster.TEAM_TOO_SMALL:
        return plurals().team_size(c.count, c.needed)
    if c.kind == roster.NO_ALIAS:
        return translate("Operations", "No alias: the printed roster will describe this person or organisation "
                         "instead of naming them.")
    return c.kind


def conflict_short(c: roster.Conflict) -> str:
    """A few words, beside a volunteer's name."""
    return {
        roster.DOUBLE_BOOKED: translate("Operations", "double-booked"),
        roster.BEFORE_ARRIVAL: translate("Operations", "not arrived yet"),
        roster.AFTER_DEPARTURE: translate("Operations", "gone by then"),
        roster.VISA_EXPIRED: translate("Operations", "visa run out"),
        roster.UNAVAILABLE: translate("Operations", "on leave"),
    }.get(c.kind, "")


def warning_text(w: roster.VolunteerWarning, today: dt.date) -> str:
    if w.kind == roster.VISA_EXPIRED:
        return translate("Operations", "The visa ran out on %1.").replace("%1", day_text(w.day))
    if w.kind == roster.VISA_EXPIRING:
        return plurals().visa_runs_out(day_text(w.day), (w.day - today).days)
    if w.kind == roster.LEAVES_BEFORE_PLANS:
        return plurals().planned_after(day_text(w.day), len(w.accompaniment_ids))
    return w.kind


def state_text(state: str) -> str:
    return {
        due.UPCOMING: translate("Operations", "Coming up"),
        due.DUE: translate("Operations", "Due now"),
        due.MISSED: translate("Operations", "Missed"),
        due.NO_ANSWER: translate("Operations", "No answer"),
        due.CONCERN: translate("Operations", "Concern raised"),
        due.DONE: translate("Operations", "All well"),
    }.get(state, state)


def late_text(minutes: int) -> str:
    """'25 min', '3 h 10 min', '2 d 4 h': how long past the grace period."""
    if minutes < 60:
        return translate("Operations", "%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return translate("Operations", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
    days, hours = divmod(hours, 24)
    return translate("Operations", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))


def escalation_text(item: due.DueItem) -> str:
    if item.escalation >= 2:
        return translate("Operations", "Still no news %1 after the grace period: take the last step of "
                         "the protocol.").replace("%1", late_text(item.minutes_late))
    if item.escalation == 1:
        if item.state == due.CONCERN:
            return translate("Operations", "A concern was raised: follow the protocol.")
        return translate("Operations", "Missed: follow the protocol now.")
    return ""
