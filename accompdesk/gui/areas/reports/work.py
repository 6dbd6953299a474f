"""What the Reports area runs off the GUI thread: plain values in, plain values out.

The jobs run on the exchange worker's own vault connection (common/exchange_worker.py) and
never touch Qt. A file is written only at the very end, whole (temporary name, then
rename), after the role check, the build, the render and the withheld-name scan; a
cancel before that point leaves nothing on disk.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from ....vault.errors import UsageError

DOCUMENTS = ("briefing", "alert", "stats", "roster")
DEFAULT_AUDIENCE = {"briefing": "diplomatic", "alert": "diplomatic", "stats": "public", "roster": "public"}
FORMATS = {"briefing": ("pdf", "docx"), "alert": ("pdf", "docx"), "stats": ("pdf", "docx", "xlsx"),
           "roster": ()}


class Cancelled(Exception):
    """The user cancelled before anything was written."""


@dataclass
class Request:
    """Everything a document needs, as plain values the worker thread may hold."""
    document: str
    audience: str
    language: str = "en"
    page_size: str = "A4"
    fmt: str = "pdf"
    recipient: str = ""
    country: str = ""  # ISO 3166 code of the recipient's country; "" for none
    start: dt.date | None = None
    end: dt.date | None = None
    regions: list[str] = field(default_factory=list)
    context: str = ""
    requests: str = ""
    incident_id: str = ""
    follow_up: bool = False
    actions: str = ""
    changes: str = ""
    allow_placeholders: bool = False  # the user agreed to save a briefing with placeholders
    concerns: str = ""  # one per line; empty: drafted from the record

    def period(self):
        from ....reports.data import Period, default_period

        if self.start is None or self.end is None:
            return default_period()
        if self.start > self.end:
            raise UsageError(f"The period starts ({self.start}) after it ends ({self.end}).")
        return Period(self.start, self.end)

    def detail(self) -> str:
        """The audit entry's words beyond document, audience, format, language and file."""
        if self.document == "alert":
            return f"incident={self.incident_id}" + ("; follow-up" if self.follow_up else "")
        words = f"period={self.period().label()}"
        if self.document == "briefing":
            words = f"recipient={self.recipient}; {words}"
        if self.regions:
            words += f"; regions={', '.join(self.regions)}"
        return words


def build(vault, request: Request):
    """(Document, AudienceView) for the request."""
    if request.document == "briefing":
        from ....reports.briefing import build_briefing

        return build_briefing(vault, briefing_options(request))
    if request.document == "alert":
        from ....reports.alert import AlertOptions, build_alert

        if not request.incident_id:
            raise UsageError("An urgent alert needs an incident; choose one.")
        return build_alert(vault, AlertOptions(
            incident_id=request.incident_id, audience=request.audience, language=request.language,
            page_size=request.page_size, follow_up=request.follow_up, changes=request.changes,
            actions=request.actions))
    if request.document == "stats":
        from ....reports.stats import build_stats

        return build_stats(vault, _stats_options(request))
    raise UsageError(f"There is no {request.document} document here.")


def briefing_options(request: Request):
    from ....reports.briefing import BriefingOptions

    return BriefingOptions(
        recipient=request.recipient, country=request.country, period=request.period(),
        regions=list(request.regions),
        audience=request.audience, language=request.language, page_size=request.page_size,
        context=request.context, requests=request.requests,
        concerns=[c.strip() for c in request.concerns.splitlines() if c.strip()] or None)


def draft_job(request: Request):
    """The concerns and requests drafted from the record: (concerns, requests) lists."""
    def job(vault, progress, cancelled):
        from ....reports.briefing import drafts
        from ....vault.roles import require_export

        require_export(vault, request.audience)
        progress("build", 0, 1)
        result = drafts(vault, briefing_options(request))
        if cancelled():
            raise Cancelled()
        return result
    return job


def placeholders(request: Request) -> list[str]:
    """The briefing's parts still empty when its audience is not internal ('context', 'requests')."""
    if request.document != "briefing" or request.audience == "internal":
        return []
    from ....reports.briefing import placeholders as empty

    return empty(briefing_options(request))


def _stats_options(request: Request):
    from ....reports.stats import StatsOptions

    return StatsOptions(period=request.period(), regions=list(request.regions), audience=request.audience,
                        language=request.language, page_size=request.page_size)


def outline_job(request: Request):
    """The document as its audience will read it (names already withheld), for the outline."""
    def job(vault, progress, cancelled):
        from ....reports.export import prepare
        from ....vault.roles import require_export

        require_export(vault, request.audience)
        progress("build", 0, 1)
        document, view = build(vault, request)
        if cancelled():
            raise Cancelled()
        prepared = prepare(document, view.redactor)
        # What the rules withheld, counted after the redaction ran: the outline lists it.
        prepared.withheld_summary = view.summary().text(request.language)
        return prepared
    return job


def save_job(request: Request, path: str):
    """Build, render, scan, write atomically and audit; returns the size written."""
    def job(vault, progress, cancelled):
        from ....reports.export import export_detail, render, render_zip_checked
        from ....vault.fsutil import atomic_write
        from ....vault.roles import require_export

        require_export(vault, request.audience)
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise UsageError(f"The folder {folder} does not exist.")
        if request.fmt not in FORMATS.get(request.document, ()):
            raise UsageError(f"The {request.document} does not come as {request.fmt}.")
        progress("build", 0, 3)
        if request.fmt == "xlsx":
            from ....reports.audience_view import AudienceView
            from ....reports.stats import stats_xlsx

            view = AudienceView(vault, request.audience, request.language)
            if cancelled():
                raise Cancelled()
            progress("render", 1, 3)
            data = stats_xlsx(vault, _stats_options(request), view.redact)
            render_zip_checked("stats", "xlsx", data, view.redactor)
            detail = (f"document=stats; audience={request.audience}; format=xlsx; "
                      f"language={request.language}; file={os.path.basename(path)}; {request.detail()}")
        else:
            if request.document == "briefing":
                from ....reports.briefing import check_placeholders

                check_placeholders(briefing_options(request), request.allow_placeholders,
                                   hint="write them in the options, or choose the internal audience "
                                        "for a draft")
            document, view = build(vault, request)
            if cancelled():
                raise Cancelled()
            progress("render", 1, 3)
            data = render(document, request.fmt, view.redactor)
            detail = export_detail(document, request.fmt, path, request.detail())
        if cancelled():
            raise Cancelled()
        progress("write", 2, 3)
        atomic_write(path, data)
        vault.record_audit("export", "incidents", detail=detail)
        return len(data)
    return job
