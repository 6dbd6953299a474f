"""Every document the office makes, declared once, and the one way each is made.

    build → withhold → render → final scan → write → audit

The command line (`accompdesk-cli report …`) and the window (the Reports area, the
roster's print and save buttons, the audit log's export) all come here with a
`Request` of plain values, so a document has one list of formats, one default
audience, one role check and one audit entry, whichever face asked for it. Nothing is
written before the last step: a refusal, a cancel or a withheld name found by the
final scan leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any, Callable

from ..domain.collector import paused
from ..vault.errors import UsageError


class Cancelled(Exception):
    """The user cancelled before anything was written."""


@dataclass
class Request:
    """Everything a document needs, as plain values a worker thread may hold."""
    document: str
    # None: the kind's own default. For the roster None is the volunteers' paper (aliases),
    # "internal" full names, "public" or "diplomatic" the strict roster of the field rules.
    audience: str | None = None
    language: str = "en"
    page_size: str = "A4"
    fmt: str = "pdf"
    office: str = ""
    # briefing, statistics
    recipient: str = ""
    country: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    regions: list[str] = field(default_factory=list)
    context: str = ""
    requests: str = ""
    concerns: str = ""  # one per line; empty: drafted from the record
    allow_placeholders: bool = False  # the user agreed to save a briefing with placeholders
    placeholder_hint: str = ""  # the code of how this face's user fills them in (the briefing's refusal ends with it)
    # urgent alert
    incident_id: str = ""
    follow_up: bool = False
    actions: str = ""
    changes: str = ""
    # roster
    weeks: list[str] = field(default_factory=list)  # ISO weeks, "2026-W48"
    # audit log: audit.entries' filters (user, action, record_table, record_id, since, until)
    entries_filter: dict[str, Any] = field(default_factory=dict)
    filter_lines: list[tuple[str, str]] = field(default_factory=list)  # as shown on the title page
    chain: str | None = None  # the chain's state in words; None: verified here

    def period(self):
        from ..reports.data import Period, default_period

        if self.start is None and self.end is None:
            return default_period()
        if self.start is None or self.end is None:
            raise UsageError("reports.commands.give_both_from_or")
        if self.start > self.end:
            raise UsageError("gui.reports.work.period_starts_after_ends", start=self.start, end=self.end)
        return Period(self.start, self.end)


@dataclass
class Built:
    """A document as built, before anything is withheld or rendered."""
    document: Any  # reports.model.Document
    redactor: Any  # domain.audience.Redactor: what the render withholds and the final scan looks for
    detail: str  # the audit entry's words beyond document, audience, format, language and file
    view: Any = None  # reports.audience_view.AudienceView, when the document has one


@dataclass
class Made:
    """What a written (or rendered) document leaves to say to the user."""
    size: int
    audience: str
    summary: Any = None  # domain.disclosure.WithheldSummary, when the document has a view
    classification: str = ""  # the banner of every page
    entries: int = 0  # the audit log's


@dataclass(frozen=True)
class Kind:
    key: str
    formats: tuple[str, ...]
    default_audience: str
    table: str  # the audit entry's record table
    build: Callable[[Any, Request], Built]
    permission: str = ""  # a role check beyond the audience's (roles.require)
    audiences: tuple[str, ...] = ("public", "diplomatic", "internal")


# -- builders ---------------------------------------------------------------------------------

def briefing_options(request: Request):
    from ..reports.briefing import BriefingOptions

    return BriefingOptions(
        recipient=request.recipient, period=request.period(), regions=list(request.regions),
        audience=audience_of(request), language=request.language, page_size=request.page_size,
        office=request.office, country=request.country, context=request.context,
        requests=request.requests,
        concerns=[c.strip() for c in request.concerns.splitlines() if c.strip()] or None)


def _regions(request: Request) -> str:
    return f"; regions={', '.join(request.regions)}" if request.regions else ""


def _briefing(vault, request: Request) -> Built:
    from ..reports.briefing import build_briefing

    document, view = build_briefing(vault, briefing_options(request))
    detail = f"recipient={request.recipient}; period={request.period().label()}{_regions(request)}"
    return Built(document, view.redactor, detail, view)


def _alert(vault, request: Request) -> Built:
    from ..reports.alert import AlertOptions, build_alert

    if not request.incident_id:
        raise UsageError("services.documents.urgent_alert_needs_incident")
    document, view = build_alert(vault, AlertOptions(
        incident_id=request.incident_id, audience=audience_of(request), language=request.language,
        page_size=request.page_size, office=request.office, follow_up=request.follow_up,
        changes=request.changes, actions=request.actions, recipient=request.recipient,
        country=request.country))
    detail = f"incident={request.incident_id}" + ("; follow-up" if request.follow_up else "")
    return Built(document, view.redactor, detail + _regions(request), view)


def stats_options(request: Request):
    from ..reports.stats import StatsOptions

    return StatsOptions(period=request.period(), regions=list(request.regions), audience=audience_of(request),
                        language=request.language, page_size=request.page_size, office=request.office)


def _stats(vault, request: Request) -> Built:
    from ..reports.stats import build_stats

    document, view = build_stats(vault, stats_options(request))
    return Built(document, view.redactor, f"period={request.period().label()}{_regions(request)}", view)


def _roster(vault, request: Request) -> Built:
    from ..reports.roster import PAGE_SIZES, build_roster
    from ..domain.roster import Week

    if not request.weeks:
        raise UsageError("services.documents.roster_needs_week_such")
    if request.page_size not in PAGE_SIZES:
        raise UsageError("reports.roster.there_no_page_size_2", page_size=request.page_size)
    weeks = [Week.parse(w) for w in request.weeks]
    strict = request.audience if request.audience in ("public", "diplomatic") else None
    internal = request.audience == "internal"
    document, redactor = build_roster(vault, weeks if len(weeks) > 1 else weeks[0], internal=internal,
                                      language=request.language, page_size=request.page_size,
                                      audience=strict, office=request.office)
    shown = weeks[0] if len(weeks) == 1 else f"{weeks[0]}…{weeks[-1]}"
    detail = (f"week={shown}; audience={strict}" if strict
              else f"week={shown}; names={'full' if internal else 'aliases'}")
    return Built(document, redactor, detail)


def _audit_log(vault, request: Request) -> Built:
    from ..domain import clock
    from ..domain.audience import Redactor
    from ..reports.audit_log import build_audit_log, word
    from ..vault import audit, settings

    entries = audit.entries(vault.conn, **request.entries_filter)
    chain = request.chain
    if chain is None:
        ok, message = vault.verify_audit()
        chain = word("intact", request.language) % audit.head(vault.conn)[0] if ok else message
    document = build_audit_log(entries, office=request.office or settings.load(vault).office_name,
                               language=request.language, filters=list(request.filter_lines), chain=chain,
                               exported_by=vault.user, today=clock.today(), page_size=request.page_size)
    # Internal: everyone may be named, so the redactor withholds no one.
    return Built(document, Redactor([], request.language), f"{len(entries)} entries")


KINDS: dict[str, Kind] = {kind.key: kind for kind in (
    Kind("briefing", ("pdf", "docx"), "diplomatic", "incidents", _briefing),
    Kind("alert", ("pdf", "docx"), "diplomatic", "incidents", _alert),
    Kind("stats", ("pdf", "docx", "xlsx"), "public", "incidents", _stats),
    # Paper the volunteers carry: aliases unless asked for another audience.
    Kind("roster", ("pdf", "docx"), "public", "accompaniments", _roster),
    Kind("audit-log", ("pdf",), "internal", "audit_log", _audit_log, permission="export audit log",
         audiences=("internal",)),
)}
DOCUMENTS = tuple(KINDS)
FORMATS = {key: kind.formats for key, kind in KINDS.items()}
DEFAULT_AUDIENCE = {key: kind.default_audience for key, kind in KINDS.items()}


def kind_of(request: Request) -> Kind:
    try:
        return KINDS[request.document]
    except KeyError:
        raise UsageError("services.documents.there_no_document_choose",
                         document=request.document, items=', '.join(DOCUMENTS)) from None


def audience_of(request: Request) -> str:
    """The audience the document is for: the one asked, else the kind's default."""
    kind = kind_of(request)
    audience = request.audience or kind.default_audience
    if audience not in kind.audiences:
        raise UsageError("services.documents.for_audience_only_not",
                         key=kind.key, items=' or '.join(kind.audiences), audience=audience)
    return audience


def check(vault, request: Request) -> Kind:
    """The refusals that need no building: the format, the audience, the role."""
    from ..vault import roles

    kind = kind_of(request)
    if request.fmt not in kind.formats:
        raise UsageError("services.documents.comes_as_not",
                         key=kind.key, items=' or '.join(kind.formats), fmt=request.fmt)
    audience = audience_of(request)
    if kind.permission:
        roles.require(vault, kind.permission)
    # Roles are an office rule: enforced here, whichever face asks.
    roles.require_export(vault, audience)
    return kind


def build(vault, request: Request) -> Built:
    """The document as built (no check of placeholders: an outline may show them)."""
    return kind_of(request).build(vault, request)


def outline(vault, request: Request):
    """The document as its audience will read it (names already withheld), and what was withheld."""
    from ..reports.export import prepare
    from ..vault import roles

    roles.require_export(vault, audience_of(request))
    built = build(vault, request)
    prepared = prepare(built.document, built.redactor)
    summary = built.view.summary().text(request.language) if built.view is not None else ""
    return prepared, summary


def placeholders(request: Request) -> list[str]:
    """The briefing's parts still empty when its audience is not internal ('context', 'requests')."""
    if request.document != "briefing" or audience_of(request) == "internal":
        return []
    from ..reports.briefing import placeholders as empty

    return empty(briefing_options(request))


def drafts(vault, request: Request):
    """The concerns and requests drafted from the record: (concerns, requests) lists."""
    from ..reports.briefing import drafts as drafted
    from ..vault import roles

    roles.require_export(vault, audience_of(request))
    return drafted(vault, briefing_options(request))


Progress = Callable[[str, int, int], None]


def _never() -> bool:
    return False


@paused
def render(vault, request: Request, progress: Progress | None = None,
           cancelled: Callable[[], bool] = _never) -> tuple[bytes, Built, Kind]:
    """Build, withhold, render and scan: the finished file's bytes, nothing written."""
    from ..reports.export import render as render_document
    from ..reports.export import render_zip_checked

    step = progress or (lambda _stage, _done, _total: None)
    kind = check(vault, request)
    step("build", 0, 3)
    if request.document == "briefing":
        from ..reports.briefing import check_placeholders

        hint = {"hint": request.placeholder_hint} if request.placeholder_hint else {}
        check_placeholders(briefing_options(request), request.allow_placeholders, **hint)
    if request.fmt == "xlsx":
        # The workbook is made from the statistics themselves (numbers, native charts).
        from ..reports.audience_view import AudienceView
        from ..reports.stats import stats_xlsx

        view = AudienceView(vault, audience_of(request), request.language)
        if cancelled():
            raise Cancelled()
        step("render", 1, 3)
        data = stats_xlsx(vault, stats_options(request), view.redact)
        render_zip_checked(kind.key, "xlsx", data, view.redactor)
        built = Built(None, view.redactor, f"period={request.period().label()}{_regions(request)}", view)
        return data, built, kind
    built = kind.build(vault, request)
    if cancelled():
        raise Cancelled()
    step("render", 1, 3)
    return render_document(built.document, request.fmt, built.redactor), built, kind


def make(vault, request: Request, path: str, progress: Progress | None = None,
         cancelled: Callable[[], bool] = _never) -> Made:
    """The whole pipeline: the file written whole at `path` and the export in the audit log."""
    from ..reports.export import export_detail
    from ..vault.fsutil import atomic_write

    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError("exchange.export.folder_does_not_exist", folder=folder)
    data, built, kind = render(vault, request, progress, cancelled)
    if cancelled():
        raise Cancelled()
    if progress:
        progress("write", 2, 3)
    if built.document is None:
        detail = (f"document={kind.key}; audience={audience_of(request)}; format={request.fmt}; "
                  f"language={request.language}; file={os.path.basename(path)}; {built.detail}")
    else:
        detail = export_detail(built.document, request.fmt, path, built.detail)
    atomic_write(path, data)
    vault.record_audit("export", kind.table, detail=detail)
    document = built.document
    entries = len(document.blocks[-1].rows) if kind.key == "audit-log" else 0
    return Made(len(data), audience_of(request),
                built.view.summary() if built.view is not None else None,
                document.classification if document is not None else "", entries)
