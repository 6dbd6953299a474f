"""`accompdesk-cli report …`: the documents from the command line.

    accompdesk-cli report briefing|alert|stats|roster|audit-log [--recipient …] [--country CODE]
        [--context FILE --requests FILE | --allow-placeholders] [--from DATE --to DATE]
        [--region …] [--incident ID] [--week YYYY-Www]
        [--staff NAME] [--action ACTION] [--table TABLE] [--record ID]
        --audience public|diplomatic|internal --lang en|es --format docx|pdf -o FILE

The command line calls `add_arguments` while it builds its parser and `run` with the
opened vault. Every document is made by services/documents.py, as in the window: its
formats, default audience, role check and audit entry are declared there once. When no
audience is given the document's own default applies (diplomatic for briefings and
alerts, public for statistics, the aliases roster, internal for the audit log).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from ..domain.audience import Audience
from ..vault.errors import UsageError

from ..services.documents import DOCUMENTS


def add_arguments(subparsers, parents=()) -> None:
    """`parents`: the command line's shared options (--vault, --user …), so they may
    follow `report` as they follow every other command."""
    p = subparsers.add_parser(
        "report", parents=list(parents),
        help="write a document: briefing, alert (urgent action), stats, roster or audit-log",
        description="Write a document for an audience. Names of people and organisations whose "
                    "consent does not reach the audience are replaced by a neutral description.")
    p.add_argument("document", choices=DOCUMENTS, metavar="DOCUMENT",
                   help="briefing, alert, stats, roster or audit-log")
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
    p.add_argument("--staff", metavar="NAME", help="the audit log's entries by one staff member")
    p.add_argument("--action", metavar="ACTION", help="the audit log's entries of one action (e.g. export)")
    p.add_argument("--table", metavar="TABLE", help="the audit log's entries about one kind of record")
    p.add_argument("--record", metavar="ID", help="the audit log's entries about one record")
    p.add_argument("--audience", type=_audience, metavar="public|diplomatic|internal",
                   help="who may read it (default: diplomatic for briefings and alerts, public for stats, "
                        "aliases only for the roster, internal for the audit log)")
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
    from ..services import documents

    document = args.document
    fmt = _format(args)
    if fmt not in documents.FORMATS[document]:
        raise UsageError("reports.commands.comes_as_not",
                         document=document, items=' or '.join(documents.FORMATS[document]), fmt=fmt)
    if document == "alert" and not args.incident:
        raise UsageError("reports.commands.urgent_alert_needs_incident")
    if document == "roster" and not args.week:
        raise UsageError("reports.commands.roster_needs_week_yyyy")
    request = documents.Request(
        document=document, audience=args.audience, language=args.lang, page_size=args.paper, fmt=fmt,
        office=args.office, recipient=args.recipient, country=args.country or args.nationality,
        regions=args.region, context=_text_file(args.context_file), requests=_text_file(args.requests_file),
        allow_placeholders=args.allow_placeholders, incident_id=args.incident or "",
        follow_up=args.follow_up, changes=_text_file(args.changes_file), actions=_text_file(args.actions_file),
        weeks=[args.week] if args.week else [])
    if document in ("briefing", "stats", "audit-log"):
        request.start, request.end = _period_days(args)
    if document == "audit-log":
        request.entries_filter, request.filter_lines = _audit_filters(args)
    made = documents.make(vault, request, args.output)
    if document == "roster":
        strict = args.audience if args.audience in ("public", "diplomatic") else None
        kind = strict or ("full names" if made.audience == "internal" else "aliases")
        print(f"Wrote {args.output} (roster {args.week}, {kind}).")
        print(made.classification, file=sys.stderr)
    elif document == "audit-log":
        print(f"Wrote {args.output} (audit log, {made.entries} entries, {made.size // 1024 + 1} KB).")
    elif fmt == "xlsx":
        print(f"Wrote {args.output} (statistics, {made.audience} audience).")
    else:
        print(f"Wrote {args.output} ({document}, {made.audience} audience, {made.size // 1024 + 1} KB).")
    if made.summary is not None:
        # Staff see what the rules did: how many people were described, which fields never went.
        print(made.summary.text(args.lang), file=sys.stderr)
    return 0


def _audit_filters(args) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """audit.entries' filters and their lines on the title page, from the options."""
    from ..reports.audit_log import action_label, table_label, word

    lang = args.lang
    filters: dict[str, str] = {}
    lines: list[tuple[str, str]] = []
    for option, key, label, shown in (("staff", "user", "staff", str),
                                      ("action", "action", "action", lambda v: action_label(v, lang)),
                                      ("table", "record_table", "kind", lambda v: table_label(v, lang)),
                                      ("record", "record_id", "record", str)):
        value = getattr(args, option)
        if value:
            filters[key] = value
            lines.append((word(label, lang), shown(value)))
    start, end = _dates(args)
    if start is not None:
        filters["since"] = _utc(start, end=False)
        lines.append((word("from", lang), start.isoformat()))
    if end is not None:
        filters["until"] = _utc(end, end=True)
        lines.append((word("until", lang), end.isoformat()))
    return filters, lines


def _utc(day: dt.date, end: bool) -> str:
    """A local calendar day's first or last moment, as the log's UTC timestamps read."""
    moment = dt.datetime.combine(day, dt.time.max if end else dt.time.min).astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:23]


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


def _dates(args) -> tuple[dt.date | None, dt.date | None]:
    start, end = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if start is not None and end is not None and start > end:
        raise UsageError("gui.reports.work.period_starts_after_ends", start=start, end=end)
    return start, end


def _period_days(args) -> tuple[dt.date | None, dt.date | None]:
    """The period of a briefing or statistics: both days, or neither (the last twelve months)."""
    start, end = _dates(args)
    if (start is None) != (end is None):
        raise UsageError("reports.commands.give_both_from_or")
    return start, end


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
