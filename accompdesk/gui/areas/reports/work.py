"""What the Reports area runs off the GUI thread: plain values in, plain values out.

The jobs run on the exchange worker's own vault connection (common/worker.py) and
never touch Qt. Every document is made by the registry (services/documents.py), as on
the command line: a file is written only at the very end, whole, after the role check,
the build, the render and the withheld-name scan; a cancel before that point leaves
nothing on disk.
"""

from __future__ import annotations

from ....services import documents
from ....services.documents import DEFAULT_AUDIENCE, DOCUMENTS, FORMATS, Cancelled, Request

__all__ = ["DEFAULT_AUDIENCE", "DOCUMENTS", "FORMATS", "Cancelled", "Request", "draft_job", "outline_job",
           "placeholders", "save_job"]

# How the window's user fills in a briefing's placeholders (the refusal's last words).
PLACEHOLDER_HINT = "gui.reports.work.hint_window"  # the code of its sentence


def draft_job(request: Request):
    """The concerns and requests drafted from the record: (concerns, requests) lists."""
    def job(vault, progress, cancelled):
        progress("build", 0, 1)
        result = documents.drafts(vault, request)
        if cancelled():
            raise Cancelled()
        return result
    return job


def placeholders(request: Request) -> list[str]:
    """The briefing's parts still empty when its audience is not internal ('context', 'requests')."""
    return documents.placeholders(request)


def outline_job(request: Request):
    """The document as its audience will read it (names already withheld), for the outline."""
    def job(vault, progress, cancelled):
        progress("build", 0, 1)
        prepared, summary = documents.outline(vault, request)
        if cancelled():
            raise Cancelled()
        # What the rules withheld, counted after the redaction ran: the outline lists it.
        prepared.withheld_summary = summary
        return prepared
    return job


def save_job(request: Request, path: str):
    """Build, withhold, render, scan, write atomically and audit; returns the size written."""
    request.placeholder_hint = request.placeholder_hint or PLACEHOLDER_HINT

    def job(vault, progress, cancelled):
        return documents.make(vault, request, path, progress, cancelled).size
    return job
