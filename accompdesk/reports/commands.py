"""`accompdesk-cli report …`: the documents from the command line.

    accompdesk-cli report briefing|alert|stats|roster [--recipient …] [--country CODE]
        [--context FILE --requests FILE | --allow-placeholders] [--from DATE --to DATE]
        [--region …] [--incident ID] [--week YYYY-Www] --audience public|diplomatic|internal
        --lang en|es --format docx|pdf -o FILE

The command line calls `add_arguments` while it builds its parser and `run` with the
opened vault. Each document names its audience; when none is given the document's own
default applies (diplomatic for briefings and alerts, public for statistics).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from ..domain.audience import Audience
from ..vault.errors import UsageError

DOCUMENTS = ("briefing", "alert", "stats", "roster")
DEFAULT_AUDIENCE = {"briefing": "diplomatic", "alert": "diplomatic", "stats": "public",
                    "roster": "public"}
FORMATS = {"briefing": ("pdf", "docx"), "alert": ("pdf", "docx"), "stats": ("pdf", "docx", "xlsx"),
           "roster": ("pdf", "docx")}


def add_arguments(subparsers, parents=()) -> None:
    """`parents`: the command line's shared options (--vault, --user …), so they may
    follow `report` as they follow every other command."""
    p = subparsers.add_parser(
        "report", parents=list(parents), help="write an advocacy document (briefing, urgent alert, statistics, roster)",
        description="Write a document for an audience. Names of people and organisations whose "
                    "consent does not reach the audience are replaced by a neutral description.")
    p.add_argument("document", choices=DOCUMENTS, metavar="DOCUMENT",
                   help="briefing, alert, stats or roster")
    p.add_argument("--recipient", default="", help="who the briefing is for, e.g. 'Embassy of Norway'")
    p.add_argument("--country", default="", type=_country, metavar="CODE",
                   help="the recipient's country as an ISO 3166 code (e.g. NO), to count its nationals "
                        "among the volunteers (default: recognised from --recipient, else left out)")
    p.add_argument("--nationality", default="", type=_country, help=argparse.SUPPRESS)
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day of the period (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day of the period (YYYY-MM-DD)")
    p.add_argument("--region", action="append", default=[], metavar="REGION",
                   help="limit to a region (repeat for several)")
    p.add_argument("--incident", metavar="ID", help="the incident of an urgent alert")
    p.add_argument("--follow-up", action="store_true", help="a follow-up to the incident's first alert")
    p.add_argument("--changes-file", metavar="FILE", help="what changed, for a follow-up alert (UTF-8 text)")
    p.add_argument("--context", "--context-file", dest="context_file", metavar="FILE",
                   help="the briefing's context: the office's own text (UTF-8)")
    p.add_argument("--requests", "--requests-file", dest="requests_file", metavar="FILE",
                   help="the briefing's requests to the recipient, one per line (UTF-8)")
    p.add_argument("--allow-placeholders", action="store_true",
                   help="write a briefing whose context or requests are still placeholders (a draft)")
    p.add_argument("--actions-file", metavar="FILE", help="an alert's recommended actions (UTF-8 text)")
    p.add_argument("--week", metavar="YYYY-Www", help="the week of a roster")
    p.add_argument("--audience", type=_audience, metavar="public|diplomatic|internal",
                   help="who may read it (default: diplomatic for briefings and alerts, public for stats)")
    p.add_argument("--lang", choices=("en", "es"), default="en")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4", type=_paper)
    p.add_argument("--office", default="", help="the office's name for the footer and file metadata")
    p.add_argument("--format", dest="report_format", choices=("pdf", "docx", "xlsx"),
                   help="pdf or docx (xlsx for stats); default from the file name")
    p.add_argument("-o", "--output", required=True, metavar="FILE")


def _audience(value: str) -> str:
    try:
        return Audience.parse(value).value
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _country(value: str) -> str:
    from ..domain.vocab import country_of

    code = country_of(value) if value.strip() else ""
    if code is None:
        raise argparse.ArgumentTypeError(f"{value} is not an ISO 3166 country code (for example NO)")
    return code


def _paper(value: str) -> str:
    return "Letter" if value.lower() == "letter" else "A4" if value.lower() == "a4" else value


def run(args, vault) -> int:
    from .export import export, render_zip_checked

    document = args.document
    fmt = _format(args)
    if fmt not in FORMATS[document]:
        raise UsageError("reports.commands.comes_as_not", document=document, items=' or '.join(FORMATS[document]), fmt=fmt)
    audience = args.audience or DEFAULT_AUDIENCE[document]
    if document == "roster":
        return _roster(args, vault, fmt, audience)
    if document == "alert":
        from .alert import AlertOptions, build_alert

        if not args.incident:
            raise UsageError("reports.commands.urgent_alert_needs_incident")
        doc, view = build_alert(vault, AlertOptions(
            incident_id=args.incident, audience=audience, language=args.lang, page_size=args.paper,
            office=args.office, follow_up=args.follow_up, changes=_text_file(args.changes_file),
            actions=_text_file(args.actions_file), recipient=args.recipient,
            country=args.country or args.nationality))
        detail = f"incident={args.incident}" + ("; follow-up" if args.follow_up else "")
    elif document == "briefing":
        from .briefing import BriefingOptions, build_briefing, check_placeholders

        options = BriefingOptions(
            recipient=args.recipient, period=_period(args), regions=args.region, audience=audience,
            language=args.lang, page_size=args.paper, office=args.office,
            country=args.country or args.nationality,
            context=_text_file(args.context_file), requests=_text_file(args.requests_file))
        check_placeholders(options, args.allow_placeholders)
        doc, view = build_briefing(vault, options)
        detail = f"recipient={args.recipient}; period={_period(args).label()}"
    else:
        from .stats import StatsOptions, build_stats, stats_xlsx

        options = StatsOptions(period=_period(args), regions=args.region, audience=audience,
                               language=args.lang, page_size=args.paper, office=args.office)
        detail = f"period={options.period.label()}"
        if fmt == "xlsx":
            from ..vault.roles import require_export
            from .audience_view import AudienceView

            require_export(vault, audience)
            view = AudienceView(vault, audience, args.lang)
            data = stats_xlsx(vault, options, view.redact)
            render_zip_checked("stats", "xlsx", data, view.redactor)
            _write(vault, data, args.output, f"document=stats; audience={audience}; format=xlsx; "
                                             f"language={args.lang}; file={os.path.basename(args.output)}; {detail}")
            print(f"Wrote {args.output} (statistics, {audience} audience).")
            print(view.summary().text(), file=sys.stderr)
            return 0
        doc, view = build_stats(vault, options)
    if args.region:
        detail += f"; regions={', '.join(args.region)}"
    size = export(vault, doc, fmt, args.output, view.redactor, detail=detail)
    print(f"Wrote {args.output} ({document}, {audience} audience, {size // 1024 + 1} KB).")
    # Staff see what the rules did: how many people were described, which fields never went.
    print(view.summary().text(), file=sys.stderr)
    return 0


def _write(vault, data: bytes, path: str, detail: str) -> None:
    from ..vault.fsutil import atomic_write

    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError("reports.commands.folder_does_not_exist", folder=folder)
    atomic_write(path, data)
    vault.record_audit("export", "incidents", detail=detail)


def _roster(args, vault, fmt: str, audience: str) -> int:
    """The weekly roster is built by the accompaniment work (reports/roster.py); paper
    leaves the office, so it prints aliases unless the audience is internal."""
    from .roster import roster_command

    if not args.week:
        raise UsageError("reports.commands.roster_needs_week_yyyy")
    # Without --audience the roster is the volunteers' paper (aliases); asked for a public or
    # diplomatic audience it follows the field declarations.
    strict = args.audience if args.audience in ("public", "diplomatic") else None
    code = roster_command(vault, args.week, fmt, args.output, internal=audience == "internal",
                          language=args.lang, page_size=args.paper, audience=strict)
    kind = strict or ("full names" if audience == "internal" else "aliases")
    print(f"Wrote {args.output} (roster {args.week}, {kind}).")
    from .roster import build_roster
    from ..vault.roster import Week

    banner = build_roster(vault, Week.parse(args.week), internal=audience == "internal",
                          language=args.lang, audience=strict)[0].classification
    print(banner, file=sys.stderr)
    return code


def _format(args) -> str:
    if args.report_format:
        return args.report_format
    extension = os.path.splitext(args.output)[1].lower().lstrip(".")
    if extension in ("pdf", "docx", "xlsx"):
        return extension
    raise UsageError("reports.commands.say_format_pdf_or")


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError("reports.commands.not_date_written_as", option=option, value=value) from None


def _period(args):
    from .data import Period, default_period

    start, end = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if start is None and end is None:
        return default_period()
    if start is None or end is None:
        raise UsageError("reports.commands.give_both_from_or")
    if start > end:
        raise UsageError("reports.commands.period_starts_after_ends", start=start, end=end)
    return Period(start, end)


def _text_file(path: str | None) -> str:
    if not path:
        return ""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            return fh.read()
    except OSError as exc:
        raise UsageError("reports.commands.cannot_read", path=path, strerror=exc.strerror) from None
    except UnicodeDecodeError:
        raise UsageError("reports.commands.not_utf_8_text", path=path) from None
