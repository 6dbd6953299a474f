"""The printed roster: one landscape page per week that each volunteer carries.

Paper leaves the office, so by default the people and organisations accompanied are
named by their alias (or, lacking one, described), and their full names are
replaced wherever they occur in a place or a meeting point. Only an internal roster,
chosen on purpose, prints full names. Notes never go on paper. A roster asked for a
public or diplomatic audience follows the field declarations (domain.disclosure): no
accompaniment lying ahead, no place or time of a withheld person's accompaniment, no
meeting point, no volunteer named below their names' audience. Each banner says
exactly what it withholds.

Files are written, and printed, through the document registry (services/documents.py),
as `accompdesk-cli report roster --week 2026-W48 --format pdf -o roster.pdf` does.
"""

from __future__ import annotations

import datetime as dt

from ..domain import clock
from ..domain.catalogue import label
from ..domain.audience import Redactor, Withheld, descriptor, name_key
from ..domain.disclosure import visible_fields
from ..domain.records import Volunteer
from ..vault import aliases, settings
from ..vault.errors import UsageError
from ..domain.roster import Week, days_touched
from ..vault.roster import load_week
from .labels import MONTHS_SHORT, classification
from .model import Document, Note, PageBreak, Run, Table, bold, para

PAGE_SIZES = ("A4", "Letter")
# Room where the words are long (places, meeting points, two names), so that most rows keep to
# one line and a busy week (some twenty accompaniments) fits its page. The kind of
# accompaniment is left to the planning view: volunteers need when, who, where and with whom.
WIDTHS = [1.3, 2.2, 4.2, 5.8, 5.8, 5.6]

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_WORDS = {
    # key: English (the catalogue, context "roster", holds the other languages)
    "title": "Roster — week %s",
    "day": "Day",
    "time": "Time",
    "accompanied": "Accompanied",
    "place": "Place",
    "meeting_point": "Meeting point",
    "volunteers": "Volunteers",
    "emergency": "In an emergency",
    "call": "Call the office: ",
    "any_hour": " — at any hour, before anything else.",
    "no_number": "[the office has not set its emergency number]",
    "none": "No accompaniment is planned this week.",
    "aliases": ("Roster — aliases only; withheld: full names, contact details, notes and check-in "
                "protocols of the people accompanied; keep it on you and destroy it after the week"),
    "internal": "; nothing withheld: full names, places and times",
    "strict": ("%s — withheld: %d accompaniment(s) lying ahead; the place and time of %d accompaniment(s) "
               "of people who may not be named; meeting points%s"),
    "strict_volunteers": "; volunteers' names",
    "withheld_cell": "[withheld]",
    "unassigned": "(no one yet)",
    "calls": "check-in calls %s",
    "until": "until %s",
    "until_day": "until %s, %s",
    # A strict roster whose every accompaniment of the week lies ahead: some are planned.
    "none_shown": "No accompaniment of this week may be shown to this audience.",
}
# What this module asks the catalogue for (see reports/labels.py).
CATALOGUE: list[tuple[str, list]] = [("roster", list(_WORDS.values())), ("weekday abbreviation", _DAYS)]


def _w(key: str, language: str) -> str:
    return label("roster", _WORDS[key], language)


def day_label(day: dt.date, language: str) -> str:
    return f"{label('weekday abbreviation', _DAYS[day.weekday()], language)} {day.day}"


def week_label(week: Week, language: str) -> str:
    months = [label("month abbreviation", m, language) for m in MONTHS_SHORT]
    start, end = week.start, week.end
    if start.month == end.month:
        return f"{start.day}–{end.day} {months[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {months[start.month - 1]} – {end.day} {months[end.month - 1]} {end.year}"
    return f"{start.day} {months[start.month - 1]} {start.year} – {end.day} {months[end.month - 1]} {end.year}"


def time_label(a, day: dt.date, language: str) -> str:
    """'08:00–14:30'; across midnight '20:00 – Sat 28, 07:00'; begun the week before
    'until 07:00' (reportlab's fonts have no arrow to draw)."""
    start, end = a.starts_at, a.ends_at or a.starts_at
    if start.date() == end.date() or end == dt.datetime.combine(start.date() + dt.timedelta(days=1), dt.time()):
        return f"{start:%H:%M}–{end:%H:%M}"
    if day == start.date():
        return f"{start:%H:%M} – {day_label(end.date(), language)}, {end:%H:%M}"
    if day == end.date():
        return _w("until", language) % f"{end:%H:%M}"
    return _w("until_day", language) % (day_label(end.date(), language), f"{end:%H:%M}")


# -- who is named, and how -------------------------------------------------------------------

def alias_redactor(vault, language: str, within: str | None = None) -> Redactor:
    """Full names are withheld from everyone; each is written as its alias where it occurs.

    `within`: the text to be printed. Only names that could occur in it (ignoring case,
    accents and word edges: never fewer than the redactor itself would find) go into the
    redactor, whose one big expression is the slow part for a vault of thousands of people.
    """
    haystack = name_key(within) if within is not None else None
    entries = []
    printed = roster_aliases(vault)
    for repo in (vault.persons, vault.organisations):
        for e in repo.list(include_deleted=True, with_links=False):
            full = (e.title or "").strip()
            if full and (haystack is None or name_key(full) in haystack):
                entries.append(Withheld((full,), printed.get(e.id) or descriptor(e, language)))
    return Redactor(entries, language)


def roster_aliases(vault) -> dict[str, str]:
    """Every person's and organisation's alias as the roster prints it: never two of them
    under one alias, even where older records share one; the one this office recorded
    first keeps it (see `vault.aliases`)."""
    return aliases.printed(vault.conn)


def subject_label(subject, internal: bool, language: str, printed: dict[str, str] | None = None) -> str:
    if subject is None:
        return ""
    alias = (printed or {}).get(subject.id) or subject.alias.strip()
    if internal:
        return f"{subject.title} ({alias})" if alias else subject.title
    return alias or descriptor(subject, language)


# -- the document ------------------------------------------------------------------------------

def build_roster(vault, weeks: Week | list[Week], *, internal: bool = False, language: str = "en",
                 page_size: str = "A4", audience: str | None = None,
                 now: dt.datetime | None = None, office: str = "") -> tuple[Document, Redactor]:
    """The roster of one or more weeks, one page each, and the redactor it must pass.

    `audience` "public" or "diplomatic" makes the strict variant (see the module's words);
    `now` tells the plans lying ahead (the clock's, by default); `office` names the office
    in the footer and the file's metadata, as on the other documents (the settings' name
    when empty)."""
    if audience in ("public", "diplomatic"):
        return _strict_roster(vault, weeks, audience, language, page_size, now or clock.local_now(),
                              office)
    weeks = [weeks] if isinstance(weeks, Week) else list(weeks)
    if not weeks:
        raise UsageError("reports.roster.roster_needs_at_least")
    if page_size not in PAGE_SIZES:
        raise UsageError("reports.roster.there_no_page_size_2", page_size=page_size)
    saved = settings.load(vault)
    lang = "es" if language == "es" else "en"
    title = _w("title", lang) % (str(weeks[0]) if len(weeks) == 1 else f"{weeks[0]}…{weeks[-1]}")
    doc = Document(kind="roster", title=title,
                   classification=(classification("internal", lang) + _w("internal", lang) if internal
                                   else _w("aliases", lang)),
                   office=office.strip() or saved.office_name, audience="internal" if internal else "public",
                   language=lang, page_size=page_size, landscape=True)
    for i, week in enumerate(weeks):
        if i:
            doc.add(PageBreak())
        _week_page(doc, vault, week, saved, internal, lang)
    from .fonts import mark_unprintable

    doc = mark_unprintable(doc)
    redactor = Redactor([], lang) if internal else alias_redactor(vault, lang, "\n".join(doc.texts()))
    return doc, redactor


def _week_page(doc: Document, vault, week: Week, office, internal: bool, lang: str) -> None:
    plan = load_week(vault, week)
    # One line of title: a busy week of twenty accompaniments still fits its one page.
    doc.add(para(bold(_w("title", lang) % week), " · " + week_label(week, lang), style="lead"))
    number = office.emergency_number.strip() or _w("no_number", lang)
    doc.add(Note([Run(_w("call", lang)), bold(number), Run(_w("any_hour", lang))], _w("emergency", lang)))
    rows = []
    live = [a for a in plan.accompaniments if a.status != "cancelled"]
    calls = _checkin_times(vault, {a.person_id or a.organisation_id for a in live} - {None}, week)
    printed = roster_aliases(vault)
    for day in week.days:
        for a in live:
            # One row, on its first day in the week: its time says when it ends.
            if days_touched(a, week)[:1] != [day]:
                continue
            team = [plan.volunteers[v].full_name for v in a.volunteers if v in plan.volunteers]
            who = subject_label(plan.subject(a), internal, lang, printed)
            times = calls.get((a.person_id or a.organisation_id, day), [])
            if times:
                who += "\n" + _w("calls", lang) % ", ".join(times)
            # The day on every row: a row read alone, or after a page turn, still says when.
            rows.append([day_label(day, lang), time_label(a, day, lang), who,
                         a.place, a.meeting_point, ", ".join(team) or _w("unassigned", lang)])
    header = [_w(k, lang) for k in ("day", "time", "accompanied", "place", "meeting_point", "volunteers")]
    if rows:
        doc.add(Table(header, rows, widths=WIDTHS))
    else:
        doc.add(para(_w("none", lang)))


def _strict_roster(vault, weeks, audience: str, language: str, page_size: str, now: dt.datetime,
                   office: str = ""):
    from .audience_view import AudienceView

    weeks = [weeks] if isinstance(weeks, Week) else list(weeks)
    if not weeks:
        raise UsageError("reports.roster.roster_needs_at_least")
    if page_size not in PAGE_SIZES:
        raise UsageError("reports.roster.there_no_page_size_2", page_size=page_size)
    lang = "es" if language == "es" else "en"
    view = AudienceView(vault, audience, lang, now=now)
    # The week's plan says which accompaniments touch the week; what is printed of each,
    # and of its volunteers, is read through the field declarations.
    records = view.records
    name_volunteers = "full_name" in visible_fields(Volunteer, audience)
    title = _w("title", lang) % (str(weeks[0]) if len(weeks) == 1 else f"{weeks[0]}…{weeks[-1]}")
    doc = Document(kind="roster", title=title, classification="",
                   office=office.strip() or settings.load(vault).office_name,
                   audience=audience, language=lang, page_size=page_size, landscape=True)
    ahead = blanked = 0
    withheld = _w("withheld_cell", lang)
    for i, week in enumerate(weeks):
        if i:
            doc.add(PageBreak())
        plan = load_week(vault, week)
        doc.add(para(bold(_w("title", lang) % week), " · " + week_label(week, lang), style="lead"))
        rows = []
        ahead_before = ahead
        for day in week.days:
            first = True
            for a in [a for a in plan.accompaniments if a.status != "cancelled"]:
                if days_touched(a, week)[:1] != [day]:
                    continue
                shown = records.disclose(a)
                if shown is None:
                    ahead += 1
                    continue
                placed = shown.starts_at is not None
                if not placed:
                    blanked += 1
                team = [n for n in (getattr(records.disclose(plan.volunteers.get(v)), "full_name", "")
                                    for v in shown.volunteers) if n]
                subject = shown.person_id or shown.organisation_id
                rows.append([day_label(day, lang) if first and placed else "",
                             time_label(shown, day, lang) if placed else withheld,
                             view.label(subject) if subject else "",
                             shown.place or withheld,
                             ", ".join(team) if name_volunteers and team else withheld])
                first = False
        header = [_w(k, lang) for k in ("day", "time", "accompanied", "place", "volunteers")]
        if rows:
            doc.add(Table(header, rows, widths=[1.3, 2.2, 5.0, 7.0, 5.6]))
        else:
            doc.add(para(_w("none_shown" if ahead > ahead_before else "none", lang)))
    label = classification(audience, lang)
    doc.classification = _w("strict", lang) % (label, ahead, blanked,
                                                "" if name_volunteers else _w("strict_volunteers", lang))
    return doc, view.redactor


def _checkin_times(vault, subjects: set, week: Week) -> dict:
    """(person or organisation, day) -> the times of their safety calls that day."""
    from ..domain.checkin_due import occurrences

    out: dict = {}
    if not subjects:
        return out
    start, end = week.starts_at, dt.datetime.combine(week.end, dt.time.max)
    for schedule in vault.repo("checkin_schedules").list(with_links=False):
        subject = schedule.person_id or schedule.organisation_id
        if subject not in subjects:
            continue
        for moment in occurrences(schedule, start, end):
            out.setdefault((subject, moment.date()), []).append(f"{moment:%H:%M}")
    return {key: sorted(set(times)) for key, times in out.items()}


# -- files -------------------------------------------------------------------------------------

def render_roster(vault, week: Week, fmt: str, **options) -> bytes:
    """The finished PDF or Word file, after the withheld-name scan."""
    from .export import render

    doc, redactor = build_roster(vault, week, **options)
    return render(doc, fmt.lower(), redactor)

